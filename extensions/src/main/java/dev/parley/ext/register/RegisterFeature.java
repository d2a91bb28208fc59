package dev.parley.ext.register;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.InBandRegistration;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0077 In-Band Registration.
 *
 * <p>Sign-up happens on a client stream before SASL: the c2s module answers a get with {@link
 * #registrationForm()} and a set with {@link #registerNewAccount}. When registration is closed,
 * both answer {@code service-unavailable}, as §3.1 requires of a host without in-band registration,
 * and the stream feature is not advertised.
 *
 * <p>After authentication, whether registration is open or not, a user may read their registration
 * ({@code <registered/>}, §3.1), change their password (§3.3) and remove their account (§3.2):
 * closing sign-up is about new accounts, and removing these would leave users no in-band way to
 * rotate a password. Removal answers a result; the account service then closes the user's sessions
 * (§3.2 asks for a {@code not-authorized} stream error).
 */
public final class RegisterFeature implements Feature, InBandRegistration {
  /** The registration namespace. */
  public static final String NAMESPACE = "jabber:iq:register";

  /** The namespace of the stream feature advertising registration (§4). */
  public static final String STREAM_FEATURE_NAMESPACE = "http://jabber.org/features/iq-register";

  private static final Logger LOG = LoggerFactory.getLogger(RegisterFeature.class);

  private final AccountService accounts;
  private final boolean registrationOpen;

  /**
   * @param accounts creates, changes and deletes accounts
   * @param registrationOpen whether unauthenticated clients may create accounts
   */
  public RegisterFeature(AccountService accounts, boolean registrationOpen) {
    this.accounts = accounts;
    this.registrationOpen = registrationOpen;
  }

  @Override
  public String name() {
    return "register";
  }

  /** Whether new accounts may be created in-band. */
  @Override
  public boolean registrationOpen() {
    return registrationOpen;
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    for (Addressing addressing : Addressing.values()) {
      context.iqHandler(new IqKey(IqType.GET, "query", NAMESPACE, addressing), this::current);
      context.iqHandler(new IqKey(IqType.SET, "query", NAMESPACE, addressing), this::change);
    }
  }

  /** The fields an unregistered client fills in (§3.1): username and password. */
  public Element registrationForm() {
    return Element.builder("query", NAMESPACE)
        .textChild("instructions", NAMESPACE, "Choose a username and password.")
        .child("username", NAMESPACE)
        .child("password", NAMESPACE)
        .build();
  }

  /**
   * Answers a pre-authentication registration request (§3.1) on a stream for {@code domain}: a get
   * with the form, a set by creating the account. Blocks while the password is hashed.
   */
  @Override
  public Outcome registerNewAccount(Iq iq, DomainJid domain) {
    if (!registrationOpen) {
      return Outcome.fail(StanzaErrorCondition.SERVICE_UNAVAILABLE, "registration is closed");
    }
    Optional<Element> query = iq.payload().filter(p -> p.is("query", NAMESPACE));
    if (query.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "expected a jabber:iq:register query");
    }
    if (iq.type() == IqType.GET) {
      return Outcome.reply(iq.result(registrationForm()));
    }
    if (query.get().child("remove", NAMESPACE).isPresent()) {
      // §3.2 error table: a remove on an unauthenticated stream is unexpected.
      return Outcome.fail(StanzaErrorCondition.UNEXPECTED_REQUEST, "not registered");
    }
    Optional<String> username = filled(query.get(), "username");
    Optional<String> password = filled(query.get(), "password");
    if (username.isEmpty() || password.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, "username and password required");
    }
    BareJid jid;
    try {
      jid = BareJid.of(username.get(), domain.domain());
    } catch (JidFormatException e) {
      return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, "invalid username");
    }
    if (accounts.find(jid).isPresent()) {
      return Outcome.fail(StanzaErrorCondition.CONFLICT, "username taken");
    }
    try {
      accounts.create(jid, password.get().toCharArray(), false);
    } catch (AccountException e) {
      boolean taken = accounts.find(jid).isPresent();
      LOG.info("In-band registration of {} refused: {}", jid, e.getMessage());
      return taken
          ? Outcome.fail(StanzaErrorCondition.CONFLICT, "username taken")
          : Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, e.getMessage());
    }
    LOG.info("Account {} registered in-band", jid);
    return Outcome.reply(iq.emptyResult());
  }

  private Outcome current(IqRequest request) {
    Optional<BareJid> account = authenticatedAccount(request);
    if (account.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "only the account itself");
    }
    Element query =
        Element.builder("query", NAMESPACE)
            .child("registered", NAMESPACE)
            .textChild("username", NAMESPACE, account.get().localpart())
            .child("password", NAMESPACE)
            .build();
    return Outcome.reply(request.iq().result(query));
  }

  private Outcome change(IqRequest request) {
    Optional<BareJid> account = authenticatedAccount(request);
    if (account.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "only the account itself");
    }
    Element query = request.payload();
    if (query.child("remove", NAMESPACE).isPresent()) {
      if (query.elements().size() != 1) {
        return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "remove must be the only child");
      }
      if (!accounts.delete(account.get())) {
        return Outcome.fail(StanzaErrorCondition.REGISTRATION_REQUIRED);
      }
      LOG.info("Account {} removed itself in-band", account.get());
      return Outcome.reply(request.iq().emptyResult());
    }
    return changePassword(request, account.get());
  }

  private Outcome changePassword(IqRequest request, BareJid account) {
    Optional<String> username = filled(request.payload(), "username");
    Optional<String> password = filled(request.payload(), "password");
    // §3.3: an empty password never replaces the existing one.
    if (username.isEmpty() || password.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "username and password required");
    }
    if (!sameUser(username.get(), account)) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "not your account");
    }
    try {
      accounts.changePassword(account, password.get().toCharArray());
    } catch (AccountException e) {
      return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, e.getMessage());
    }
    LOG.info("Account {} changed its password in-band", account);
    return Outcome.reply(request.iq().emptyResult());
  }

  /** The account of a local session asking about itself, whether addressed to host or account. */
  private static Optional<BareJid> authenticatedAccount(IqRequest request) {
    if (request.origin().isEmpty()) {
      return Optional.empty();
    }
    BareJid sessionAccount = request.origin().get().jid().account();
    if (request.target().isPresent() && !request.target().get().equals(sessionAccount)) {
      return Optional.empty();
    }
    return Optional.of(sessionAccount);
  }

  private static boolean sameUser(String username, BareJid account) {
    try {
      Jid given =
          username.contains("@") ? Jid.parse(username) : BareJid.of(username, account.domain());
      return given.equals(account);
    } catch (JidFormatException e) {
      return false;
    }
  }

  private static Optional<String> filled(Element query, String field) {
    return query.childText(field, NAMESPACE).filter(v -> !v.isEmpty());
  }
}

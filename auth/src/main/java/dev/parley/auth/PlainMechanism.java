package dev.parley.auth;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.JidFormatException;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import dev.parley.store.UserStore;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SASL PLAIN (RFC 4616): {@code [authzid] NUL authcid NUL passwd}, checked against the stored SCRAM
 * credential by recomputing its StoredKey. Only ever offered over TLS (RFC 4616 §6), which {@link
 * ScramSaslMechanisms} enforces.
 *
 * <p>The response array holds the password, so it is zeroed once read, as is every copy made here.
 * Unknown users cost the same hashing work as known ones, so timing does not reveal which exist.
 */
public final class PlainMechanism implements SaslMechanism {
  private static final Logger LOG = LoggerFactory.getLogger(PlainMechanism.class);

  /** The IANA name. */
  public static final String NAME = "PLAIN";

  private final UserStore users;
  private final SaslContext context;
  private final FakeCredentials fakes;
  private boolean finished;

  /**
   * @param users where accounts and their credentials are looked up
   * @param context the connection's domain (authcids are localparts in it)
   * @param fakes stand-in credentials so unknown users cost the same work
   */
  public PlainMechanism(UserStore users, SaslContext context, FakeCredentials fakes) {
    this.users = users;
    this.context = context;
    this.fakes = fakes;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SaslStep start(Optional<byte[]> initialResponse) {
    if (initialResponse.isEmpty()) {
      return new SaslStep.Challenge(new byte[0]); // RFC 6120 §6.4.2
    }
    return respond(initialResponse.get());
  }

  @Override
  public SaslStep respond(byte[] response) {
    try {
      if (finished) {
        return new SaslStep.Failure(SaslFailure.MALFORMED_REQUEST, "the exchange is over");
      }
      finished = true;
      return authenticate(response);
    } catch (SaslMessageException e) {
      return e.toStep();
    } finally {
      Arrays.fill(response, (byte) 0);
    }
  }

  private SaslStep authenticate(byte[] response) {
    int first = indexOf(response, 0);
    int second = first < 0 ? -1 : indexOf(response, first + 1);
    if (second < 0 || indexOf(response, second + 1) >= 0) {
      throw new SaslMessageException(
          SaslFailure.MALFORMED_REQUEST, "expected authzid NUL authcid NUL password");
    }
    String authzid = SaslText.utf8(Arrays.copyOfRange(response, 0, first));
    String authcid = SaslText.utf8(Arrays.copyOfRange(response, first + 1, second));
    if (authcid.isEmpty() || second + 1 == response.length) {
      throw new SaslMessageException(
          SaslFailure.MALFORMED_REQUEST, "empty authentication identity or password");
    }
    BareJid user;
    try {
      user = BareJid.of(authcid, context.domain().domain());
    } catch (JidFormatException e) {
      return new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "not a valid username");
    }
    if (!authzid.isEmpty() && !ScramServerMechanism.authzidAllowed(authzid, user)) {
      return new SaslStep.Failure(
          SaslFailure.INVALID_AUTHZID, "you may only act as your own account");
    }
    CharBuffer password = SaslText.decode(response, second + 1, response.length - second - 1);
    char[] chars = new char[password.remaining()];
    password.get(chars);
    Arrays.fill(password.array(), '\0');
    try {
      return check(user, chars);
    } finally {
      PasswordPreparation.wipe(chars);
    }
  }

  private SaslStep check(BareJid user, char[] password) {
    Optional<Account> account = users.find(user);
    Optional<ScramCredential> stored =
        account.flatMap(a -> ScramHasher.strongest(users.credentials(user)));
    ScramCredential credential =
        stored.orElseGet(() -> fakes.forUser(ScramMechanism.SCRAM_SHA_256, user));
    byte[] prepared;
    try {
      prepared = PasswordPreparation.prepare(password);
    } catch (IllegalArgumentException e) {
      return new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "wrong username or password");
    }
    boolean matches;
    try {
      matches = ScramHasher.matchesPrepared(credential, prepared);
    } finally {
      PasswordPreparation.wipe(prepared);
    }
    if (!matches || stored.isEmpty()) {
      LOG.debug("PLAIN failed for {}", user);
      return new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "wrong username or password");
    }
    if (account.get().disabled()) {
      return new SaslStep.Failure(SaslFailure.ACCOUNT_DISABLED, "this account is disabled");
    }
    return new SaslStep.Success(user, Optional.empty());
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}

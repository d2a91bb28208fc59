package dev.parley.ext.carbons;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.ClientSession;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.server.RouteDirectory;
import dev.parley.server.SessionAttribute;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * XEP-0280 Message Carbons. A session turns carbons on and off with {@code <enable/>} and {@code
 * <disable/>} (§4, §5; repeating either is not an error, §10.1). An eligible message a user sends
 * is copied, wrapped in {@code <sent/>}, to each other carbon-enabled session of that user (§8,
 * whether or not the sender enabled carbons); an eligible message delivered to a user is copied,
 * wrapped in {@code <received/>}, to each carbon-enabled session that did not get it under RFC 6121
 * §8.5 (§7). The {@code <private/>} element is left in delivered messages (allowed since version
 * 0.9 of the XEP).
 */
public final class CarbonsFeature implements Feature, StanzaInterceptor {
  /** The carbons namespace. */
  public static final String NAMESPACE = CarbonRules.NAMESPACE;

  /** Whether a session enabled carbons; absent means disabled. */
  public static final SessionAttribute<Boolean> ENABLED =
      new SessionAttribute<>("carbons-enabled", Boolean.class);

  private static final Optional<Verdict> CONTINUE_NOW = Optional.of(Verdict.CONTINUE);
  private final RouteDirectory sessions;

  /** Finds a user's other sessions through {@code sessions}. */
  public CarbonsFeature(RouteDirectory sessions) {
    this.sessions = sessions;
  }

  @Override
  public String name() {
    return "carbons";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.iqHandler(
        new IqKey(IqType.SET, "enable", NAMESPACE, Addressing.ACCOUNT), r -> toggle(r, true));
    context.iqHandler(
        new IqKey(IqType.SET, "disable", NAMESPACE, Addressing.ACCOUNT), r -> toggle(r, false));
    context.interceptor(this);
    context.deliveryListener(this::received);
  }

  private static Outcome toggle(IqRequest request, boolean enabled) {
    // §4.1: only the user's own sessions on this server may switch their carbons.
    if (!request.fromTargetAccount() || request.origin().isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.NOT_ALLOWED);
    }
    request.origin().get().attribute(ENABLED, enabled ? Optional.of(true) : Optional.empty());
    return Outcome.reply(request.iq().emptyResult());
  }

  @Override
  public Verdict outgoing(Stanza stanza, ClientSession sender) {
    if (!(stanza instanceof Message message) || !CarbonRules.eligible(message)) {
      return Verdict.CONTINUE;
    }
    // The copy must show who sent it even if the connection manager has not stamped 'from' yet.
    Message original =
        message.from().isPresent()
            ? message
            : message.withAddresses(Optional.of(sender.jid()), message.to());
    BareJid user = sender.jid().account();
    List<Stanza> copies = new ArrayList<>();
    for (ClientSession session : sessions.sessions(user)) {
      if (!session.jid().equals(sender.jid()) && enabled(session)) {
        copies.add(CarbonRules.wrap("sent", original, user, session.jid()));
      }
    }
    return copies.isEmpty() ? Verdict.CONTINUE : new Verdict.Continue(copies);
  }

  @Override
  public Optional<Verdict> outgoingNow(Stanza stanza, ClientSession sender) {
    return Optional.of(outgoing(stanza, sender)); // sessions and their attributes are in memory
  }

  @Override
  public Optional<Verdict> incomingNow(Stanza stanza, BareJid recipient) {
    return CONTINUE_NOW; // received carbons are made after delivery, by the listener
  }

  private List<Stanza> received(Message message, BareJid recipient, Set<FullJid> receivedBy) {
    if (!CarbonRules.eligible(message)) {
      return List.of();
    }
    List<Stanza> copies = new ArrayList<>();
    for (ClientSession session : sessions.sessions(recipient)) {
      if (!receivedBy.contains(session.jid()) && enabled(session)) {
        copies.add(CarbonRules.wrap("received", message, recipient, session.jid()));
      }
    }
    return copies;
  }

  private static boolean enabled(ClientSession session) {
    return session.attribute(ENABLED).orElse(false);
  }
}

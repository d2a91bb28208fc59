package dev.parley.ext.blocking;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.StanzaInterceptor;
import dev.parley.server.Verdict;
import dev.parley.store.BlockListStore;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a user's block list (XEP-0191 §3.3) at both edges of local delivery.
 *
 * <p>Outgoing: a stanza the user sends to a blocked entity is not routed; the user gets {@code
 * not-acceptable} with {@code <blocked xmlns='urn:xmpp:blocking:errors'/>}. Incoming from a blocked
 * entity: presence (notifications, subscriptions, probes) is dropped without an answer; a message
 * gets {@code service-unavailable}, so that the user looks offline; an IQ get or set gets {@code
 * service-unavailable}; an IQ result or error is dropped silently.
 *
 * <p>Stanzas between the user's own resources, and stanzas from the user's own server (a bare
 * domain), are never filtered, so that blocking one's own domain cannot cut the user off from their
 * server.
 */
public final class BlockingInterceptor implements StanzaInterceptor {
  private static final Optional<Verdict> CONTINUE_NOW = Optional.of(Verdict.CONTINUE);
  private final BlockListStore blockLists;

  public BlockingInterceptor(BlockListStore blockLists) {
    this.blockLists = blockLists;
  }

  @Override
  public Verdict outgoing(Stanza stanza, ClientSession sender) {
    BareJid owner = sender.jid().account();
    return filtered(stanza.to(), owner)
        .map(to -> outgoing(blockLists.blocked(owner), to))
        .orElse(Verdict.CONTINUE);
  }

  @Override
  public Optional<Verdict> outgoingNow(Stanza stanza, ClientSession sender) {
    BareJid owner = sender.jid().account();
    Optional<Jid> to = filtered(stanza.to(), owner);
    if (to.isEmpty()) {
      return CONTINUE_NOW;
    }
    return blockLists.blockedInMemory(owner).map(blocked -> outgoing(blocked, to.get()));
  }

  @Override
  public Verdict incoming(Stanza stanza, BareJid recipient) {
    return filtered(stanza.from(), recipient)
        .map(from -> incoming(stanza, blockLists.blocked(recipient), from))
        .orElse(Verdict.CONTINUE);
  }

  @Override
  public Optional<Verdict> incomingNow(Stanza stanza, BareJid recipient) {
    Optional<Jid> from = filtered(stanza.from(), recipient);
    if (from.isEmpty()) {
      return CONTINUE_NOW;
    }
    return blockLists
        .blockedInMemory(recipient)
        .map(blocked -> incoming(stanza, blocked, from.get()));
  }

  private static Verdict outgoing(Set<Jid> blocked, Jid to) {
    if (!BlockedJids.anyMatches(blocked, to)) {
      return Verdict.CONTINUE;
    }
    return new Verdict.Reject(
        new StanzaError(
            StanzaErrorCondition.NOT_ACCEPTABLE.defaultType(),
            StanzaErrorCondition.NOT_ACCEPTABLE,
            Optional.of("you have blocked this contact"),
            Optional.of(Element.of("blocked", BlockingFeature.ERRORS_NAMESPACE))));
  }

  private static Verdict incoming(Stanza stanza, Set<Jid> blocked, Jid from) {
    if (!BlockedJids.anyMatches(blocked, from)) {
      return Verdict.CONTINUE;
    }
    return switch (stanza) {
      case Presence presence -> new Verdict.Drop("presence from a blocked entity");
      case Message message ->
          new Verdict.Reject(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
      case Iq iq ->
          iq.type().isRequest()
              ? new Verdict.Reject(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE))
              : new Verdict.Drop("IQ response from a blocked entity");
    };
  }

  /** The other party's address, unless the stanza is one the block list never filters. */
  private static Optional<Jid> filtered(Optional<Jid> other, BareJid owner) {
    return other.filter(jid -> !exempt(jid, owner));
  }

  private static boolean exempt(Jid other, BareJid owner) {
    return other.bare().equals(owner)
        || (other.local().isEmpty()
            && other.resource().isEmpty()
            && other.domain().equals(owner.domain()));
  }
}

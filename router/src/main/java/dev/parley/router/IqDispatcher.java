package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.ClientSession;
import dev.parley.server.IqHandler;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the handler for an IQ addressed to a hosted domain or account, and applies its outcome. */
public final class IqDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(IqDispatcher.class);
  private final FeatureRegistry registry;
  private final Bouncer bouncer;

  public IqDispatcher(FeatureRegistry registry, Bouncer bouncer) {
    this.registry = registry;
    this.bouncer = bouncer;
  }

  /** Handles an IQ to a hosted domain or to an account; results and errors end here. */
  public List<Stanza> dispatch(
      Iq iq, Addressing addressing, Optional<BareJid> target, Optional<ClientSession> origin) {
    if (!iq.type().isRequest()) {
      // A result or error addressed to the server itself: nothing is waiting for it.
      return bouncer.drop(iq, "IQ " + iq.type().xmlValue() + " addressed to the server");
    }
    Element payload = iq.payload().orElseThrow();
    IqKey key = new IqKey(iq.type(), payload.name(), payload.namespace(), addressing);
    Optional<IqHandler> handler = registry.iqHandler(key);
    if (handler.isEmpty()) {
      // RFC 6120 §8.4: an IQ for a namespace nobody serves gets service-unavailable.
      return bouncer.bounce(iq, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
    }
    Outcome outcome;
    try {
      outcome = handler.get().handle(new IqRequest(iq, payload, target, origin));
    } catch (RuntimeException e) {
      LOG.error("handler for {} failed on IQ {} from {}", key, iq.iqId(), iq.from(), e);
      return bouncer.bounce(iq, StanzaError.of(StanzaErrorCondition.INTERNAL_SERVER_ERROR));
    }
    return apply(outcome, iq);
  }

  /** The stanzas an outcome asks for: its own, or the error reply to {@code request}. */
  public List<Stanza> apply(Outcome outcome, Stanza request) {
    return switch (outcome) {
      case Outcome.Send send -> send.stanzas();
      case Outcome.Fail fail -> bouncer.bounce(request, fail.error());
    };
  }
}

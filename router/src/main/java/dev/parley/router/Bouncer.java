package dev.parley.router;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaParser;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stanza that cannot be delivered into its error reply, and accounts for the few stanzas
 * the RFCs require to be dropped silently (an error is never answered with an error).
 */
public final class Bouncer {
  private static final Logger LOG = LoggerFactory.getLogger(Bouncer.class);
  private final RouteCounters counters;

  /** A bouncer counting into {@code metrics}. */
  public Bouncer(MeterRegistry metrics) {
    this(new RouteCounters(metrics));
  }

  Bouncer(RouteCounters counters) {
    this.counters = counters;
  }

  /** The error reply to route, or nothing when the stanza was itself an error. */
  public List<Stanza> bounce(Stanza stanza, StanzaError error) {
    counters.error(error.condition());
    if (stanza.isError()) {
      drop(stanza, "error stanza not answered with another error: " + error.condition());
      return List.of();
    }
    LOG.debug(
        "bouncing {} from {} to {}: {}",
        stanza.element().name(),
        stanza.from().orElse(null),
        stanza.to().orElse(null),
        error.condition().elementName());
    return List.of(StanzaParser.errorReply(stanza, error));
  }

  /** Records a drop the specification demands (RFC 6121 §8 "silently ignore"). */
  public List<Stanza> drop(Stanza stanza, String reason) {
    counters.dropped(stanza);
    LOG.debug(
        "not delivering {} from {} to {}: {}",
        stanza.element().name(),
        stanza.from().orElse(null),
        stanza.to().orElse(null),
        reason);
    return List.of();
  }
}

package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import dev.parley.transport.EventLoops;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every server stream needs, built once when the federation service starts with the settings
 * in force (a settings change applies at the next restart, as the seed says).
 *
 * <p>{@code domains} are the domains served over federation (hosted domains, chat node aliases,
 * email domains), read live; {@code info} gives the node name and the hosted domains of the
 * bootstrap file. {@code bidi} offers and uses bidirectional server streams (XEP-0288).
 */
public record FederationContext(
    FederationSettings settings,
    FederationLimits limits,
    ServerInfo info,
    LocalDomains domains,
    Router router,
    RemoteResolver resolver,
    PeerCertificateVerifier verifier,
    FederationTls tls,
    EventLoops loops,
    Executor blocking,
    ScheduledExecutorService timers,
    MeterRegistry metrics,
    ServerStreams streams,
    InboundAdmission admission,
    boolean bidi,
    RemoteDomainListener remoteGone) {

  /** Called when a remote domain's server is gone for good (see {@link RemoteDomainListener}). */
  void remoteDomainGone(String remote) {
    try {
      remoteGone.gone(DomainJid.of(remote));
    } catch (RuntimeException e) {
      LOG.warn("federation: the listener for {} being gone failed", remote, e);
    }
  }

  /** Called when an established stream with {@code remote} ended cleanly. */
  void remoteStreamClosed(String remote) {
    try {
      remoteGone.closed(DomainJid.of(remote));
    } catch (RuntimeException e) {
      LOG.warn("federation: the listener for {} closing its stream failed", remote, e);
    }
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(FederationContext.class);

  DialbackKeys keys() {
    return new DialbackKeys(settings.dialbackSecret());
  }

  SecurityMode mode() {
    return settings.securityMode();
  }

  /**
   * A stanza federation could not deliver, counted like the router's bounces in {@code
   * parley.stanza.errors} by condition (the same meter, so dashboards see every bounce).
   */
  void countBounce(dev.parley.protocol.StanzaErrorCondition condition) {
    metrics.counter("parley.stanza.errors", "condition", condition.elementName()).increment();
  }

  /** A server stream we ended with {@code error}, in {@code parley.stream.errors}. */
  void countStreamError(dev.parley.protocol.StreamError error) {
    metrics
        .counter(
            "parley.stream.errors", "condition", error.condition().elementName(), "kind", "s2s")
        .increment();
  }

  void count(String event, String outcome) {
    metrics.counter("parley.federation.attempts", "step", event, "outcome", outcome).increment();
  }
}

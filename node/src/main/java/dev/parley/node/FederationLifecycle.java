package dev.parley.node;

import dev.parley.federation.DnsResolverSettings;
import dev.parley.federation.FederationContext;
import dev.parley.federation.FederationService;
import dev.parley.federation.FederationSettings;
import dev.parley.federation.FederationTls;
import dev.parley.federation.LocalDomains;
import dev.parley.federation.PkixPeerCertificateVerifier;
import dev.parley.federation.RemoteDomainListener;
import dev.parley.federation.ServerStreams;
import dev.parley.federation.SrvResolver;
import dev.parley.federation.TrustDirectory;
import dev.parley.router.StanzaRouter;
import dev.parley.server.ServerInfo;
import dev.parley.transport.EventLoops;
import dev.parley.transport.TlsContexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the federation service of this node as the seed's Control Center describes: it runs only
 * while federation is on for the node, it applies stored settings when it (or the Router) is
 * restarted, and a restart hands every waiting stanza to the new service, so none is lost.
 */
final class FederationLifecycle implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FederationLifecycle.class);

  /** The parts that do not change between restarts. */
  record Parts(
      ServerInfo info,
      FederationBootstrap bootstrap,
      List<TlsContexts.KeyPair> certificates,
      StanzaRouter router,
      EventLoops loops,
      Executor blocking,
      ScheduledExecutorService timers,
      MeterRegistry metrics,
      FederationEdges edges,
      RemoteDomainListener remoteGone) {}

  private final Parts parts;
  private final FederationSettingsRepository repository;
  private final LocalDomains domains;
  private final ServerStreams streams = new ServerStreams();
  private Optional<FederationService> running = Optional.empty();
  private Optional<FederationSettings> applied = Optional.empty();
  private boolean appliedEnabled;
  private long appliedTopology;
  private final List<java.util.function.BooleanSupplier> layersPending =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  FederationLifecycle(Parts parts, FederationSettingsRepository repository) {
    this(parts, repository, LocalDomains.of(List.of()));
  }

  /**
   * @param extraDomains domains served over federation besides the hosted domains of {@code
   *     parley.yml}: chat node aliases and email domains, read live (an alias added at runtime is
   *     served at once, without a restart)
   */
  FederationLifecycle(
      Parts parts, FederationSettingsRepository repository, LocalDomains extraDomains) {
    this.parts = parts;
    this.repository = repository;
    this.domains =
        LocalDomains.union(List.of(LocalDomains.of(parts.info().domains()), extraDomains));
    if (repository.settings().isEmpty()) {
      FederationBootstrap bootstrap = parts.bootstrap();
      repository.save(bootstrap.initialSettings().orElseGet(FederationLifecycle::defaultSettings));
      if (bootstrap.initiallyEnabled()) {
        repository.enabled(parts.info().nodeName(), true);
      }
    }
  }

  /** Federation is off by default; with TLS Required and strict validation once turned on. */
  static FederationSettings defaultSettings() {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    return FederationSettings.defaults(
        dev.parley.federation.SecurityMode.TLS_REQUIRED,
        Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  FederationSettingsRepository repository() {
    return repository;
  }

  ServerStreams streams() {
    return streams;
  }

  /** Stanzas waiting for a connection to a remote domain (a metric; 0 while federation is off). */
  int queuedStanzas() {
    Optional<FederationService> service;
    synchronized (this) {
      service = running;
    }
    return service.map(s -> s.outbound().queued()).orElse(0);
  }

  synchronized Optional<FederationService> running() {
    return running;
  }

  /** Starts the service when federation is on for this node (node start, Router restart). */
  synchronized void startIfEnabled() {
    appliedEnabled = repository.enabled(parts.info().nodeName());
    appliedTopology = repository.topologyVersion();
    if (appliedEnabled) {
      plugIn(startService());
    } else {
      LOG.info(
          "XMPP federation is off on node {}; nothing listens for servers",
          parts.info().nodeName());
    }
  }

  /** Control Center: restart the Router (every service of the node re-reads its settings). */
  synchronized void restartRouter() {
    replaceService(repository.enabled(parts.info().nodeName()));
  }

  /** Control Center: restart the federation service; refused while federation is off. */
  synchronized void restartFederation() {
    if (!repository.enabled(parts.info().nodeName())) {
      throw new IllegalStateException(
          "the XMPP Federation Connection Manager cannot start: XMPP federation is off on node "
              + parts.info().nodeName()
              + " (turn it on with: parley federation enable --node "
              + parts.info().nodeName()
              + ")");
    }
    replaceService(true);
  }

  /**
   * Swaps the running service for a new one with the stored settings. The new service starts first;
   * then the old one hands its queues over, in order, before the router is switched to the new one,
   * and every stanza the old one still receives (from the router meanwhile, or given back
   * unacknowledged by its closing streams) follows them there. A restart thus bounces nothing that
   * could still be delivered, and keeps the order of each sender's stanzas (RFC 6120 §10.1). When
   * federation is turned off, the queues go to the router instead, which bounces them.
   */
  private void replaceService(boolean start) {
    appliedEnabled = repository.enabled(parts.info().nodeName());
    appliedTopology = repository.topologyVersion();
    Optional<FederationService> old = running;
    old.ifPresent(FederationService::stopListening);
    running = Optional.empty();
    applied = Optional.empty();
    if (start) {
      FederationService next = startService();
      old.ifPresent(service -> service.outbound().handOver(next.outbound()));
      plugIn(next);
    } else {
      parts.router().federationStopped();
      old.ifPresent(service -> service.outbound().handOver(parts.router()::route));
      LOG.info(
          "XMPP federation is off on node {}; nothing listens for servers",
          parts.info().nodeName());
    }
    old.ifPresent(FederationService::close);
  }

  /**
   * A setting of a federation edge layer (email addresses for federation) that also waits for the
   * Router restart, which re-applies the edges.
   */
  void routerRestartPendingWhen(java.util.function.BooleanSupplier pending) {
    layersPending.add(pending);
  }

  synchronized boolean routerRestartPending() {
    return layersPending.stream().anyMatch(java.util.function.BooleanSupplier::getAsBoolean)
        || appliedEnabled != repository.enabled(parts.info().nodeName())
        || appliedTopology != repository.topologyVersion()
        || (appliedEnabled && !applied.equals(repository.settings()));
  }

  synchronized boolean federationRestartPending() {
    return running.isPresent() && !applied.equals(repository.settings());
  }

  /** Builds and starts a service with the stored settings; the router does not use it yet. */
  private FederationService startService() {
    FederationSettings settings = repository.settings().orElseThrow();
    FederationBootstrap bootstrap = parts.bootstrap();
    TrustDirectory trust =
        bootstrap
            .trustDirectory()
            .map(
                dir ->
                    bootstrap.includeSystemCas()
                        ? TrustDirectory.loadWithSystemCas(dir)
                        : TrustDirectory.load(dir))
            .orElseGet(
                () ->
                    bootstrap.includeSystemCas()
                        ? TrustDirectory.loadWithSystemCas(java.nio.file.Path.of("/nonexistent"))
                        : TrustDirectory.empty());
    FederationContext context =
        new FederationContext(
            settings,
            parts.bootstrap().limits(),
            parts.info(),
            domains,
            parts.edges().inbound().apply(parts.router()),
            new SrvResolver(resolverSettings(bootstrap)),
            new PkixPeerCertificateVerifier(
                trust, settings.pinnedCertificates(), Clock.systemUTC()),
            new FederationTls(parts.certificates()),
            parts.loops(),
            parts.blocking(),
            parts.timers(),
            parts.metrics(),
            streams,
            parts.edges().admission(),
            parts.bootstrap().bidi(),
            parts.remoteGone());
    FederationService service =
        FederationService.start(
            context,
            bootstrap.s2s().socketAddress(),
            bootstrap.s2sDirectTls().map(ListenerConfig::socketAddress));
    applied = Optional.of(settings);
    return service;
  }

  /** Points the router at the service (through the outbound edges). */
  private void plugIn(FederationService service) {
    parts.router().remoteDomains(parts.edges().outbound().apply(service.outbound()));
    running = Optional.of(service);
  }

  private static DnsResolverSettings resolverSettings(FederationBootstrap bootstrap) {
    return bootstrap.dnsResolvers().isEmpty()
        ? DnsResolverSettings.system()
        : DnsResolverSettings.of(bootstrap.dnsResolvers(), Duration.ofSeconds(5), 1);
  }

  /**
   * Node shutdown: the router bounces what is still queued (federation is off now), in queue order,
   * and then the service stops.
   */
  @Override
  public synchronized void close() {
    if (running.isEmpty()) {
      return;
    }
    FederationService service = running.get();
    parts.router().federationStopped();
    service.outbound().handOver(parts.router()::route);
    service.close();
    running = Optional.empty();
    applied = Optional.empty();
  }
}

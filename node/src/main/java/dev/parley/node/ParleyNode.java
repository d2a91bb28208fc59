package dev.parley.node;

import dev.parley.admin.AdminResource;
import dev.parley.admin.AdminServer;
import dev.parley.admin.AdminServices;
import dev.parley.admin.AdminSettings;
import dev.parley.admin.EmailAddressesResource;
import dev.parley.admin.PolicyResource;
import dev.parley.auth.ScramAccountService;
import dev.parley.auth.ScramSaslMechanisms;
import dev.parley.c2s.C2sContext;
import dev.parley.c2s.C2sServer;
import dev.parley.email.EmailRealJidView;
import dev.parley.ext.ExtensionSettings;
import dev.parley.ext.StandardFeatures;
import dev.parley.federation.LocalDomains;
import dev.parley.federation.RemoteDomainListener;
import dev.parley.im.OfflineService;
import dev.parley.im.PresenceService;
import dev.parley.im.RosterFeature;
import dev.parley.muc.MucSettings;
import dev.parley.muc.RealJidView;
import dev.parley.muc.jdbc.JdbcRoomStore;
import dev.parley.policy.PolicyStore;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.router.FeatureRegistry;
import dev.parley.router.LocalRouteDirectory;
import dev.parley.router.RouterParts;
import dev.parley.router.StanzaRouter;
import dev.parley.server.Feature;
import dev.parley.server.ServerInfo;
import dev.parley.store.Stores;
import dev.parley.store.jdbc.JdbcStores;
import dev.parley.transport.EventLoops;
import dev.parley.transport.Listener;
import dev.parley.transport.TlsContexts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Parley node: the composition root. Every object is built here by constructor
 * injection, started in dependency order and stopped in reverse.
 */
public final class ParleyNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ParleyNode.class);
  private final JdbcStores database;
  private final ServerInfo info;
  private final LocalRouteDirectory directory;
  private final StanzaRouter router;
  private final ScramAccountService accounts;
  private final PrometheusMeterRegistry metrics;
  private final EventLoops loops;
  private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
  private final NodeEmailAddresses emailAddresses;
  private final PolicyStore policies;
  private final ChatServices chat;
  private final C2sServer c2s;
  private final FederationLifecycle federation;
  private final ChatAdministration chatAdministration;
  private final AdminServer admin;
  private final int adminPort;

  private ParleyNode(NodeConfig config, Path dataDir) {
    this.database = JdbcStores.open(DatabaseSetup.settings(config, dataDir));
    Stores stores = database.stores();
    Set<DomainJid> domains = new LinkedHashSet<>();
    config.domains().forEach(d -> domains.add(d.domain()));
    this.info = new ServerInfo("Parley", Version.current(), config.nodeName(), domains);
    this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.directory = new LocalRouteDirectory();
    Gauge.builder("parley.sessions", directory, LocalRouteDirectory::count)
        .description("bound client sessions on this node")
        .register(metrics);
    Set<DomainJid> emailDomains = new LinkedHashSet<>();
    config.emailDomains().forEach(d -> emailDomains.add(d.domain()));
    this.emailAddresses = new NodeEmailAddresses(stores, info, emailDomains);
    this.policies = new PolicyStore(database.dataSource());
    emailAddresses.reloadEvery(60, timers, blocking);
    this.accounts =
        new ScramAccountService(
            emailAddresses.users(),
            info,
            new dev.parley.auth.ScramHasher(),
            new SessionCloser(directory)::accountDeleted);
    OfflineService offline = new OfflineService(stores.offline(), config.offlineQuota(), directory);
    PresenceService presence =
        new PresenceService(stores.rosters(), stores.users(), directory, offline);
    List<Feature> features = features(config, stores, offline, presence);
    FeatureRegistry registry = FeatureRegistry.of(features);
    this.router =
        new StanzaRouter(
            new RouterParts(info, directory, stores.users(), presence, offline, registry, metrics));
    this.chat = chatServices();
    this.loops = new EventLoops(Runtime.getRuntime().availableProcessors());
    List<TlsContexts.KeyPair> certificates = TlsSetup.keyPairs(config, dataDir);
    this.c2s = new C2sServer(c2sContext(config, stores, certificates, registry, features), loops);
    c2s.start(
        config.c2s().socketAddress(), config.c2sDirectTls().map(ListenerConfig::socketAddress));
    this.chatAdministration =
        ChatAdministration.start(
            stores.settings(),
            info,
            chat,
            chat,
            () -> DnsInputs.running(info, Optional.empty(), clientAddresses(), serverAddresses()));
    this.federation = federation(config, certificates, stores, emailDomains);
    registerGauges();
    this.admin =
        new AdminServer(
            AdminSettings.of(config.admin().address(), config.admin().port(), dataDir),
            new AdminServices(
                accounts,
                emailAddresses.users(),
                directory,
                metrics,
                info,
                new CsvImporter(accounts),
                new NodeFederationAdmin(info.nodeName(), federation)),
            adminExtensions());
    this.adminPort = admin.start();
  }

  /** One chat service per chat node alias; the aliases themselves come from the administration. */
  private ChatServices chatServices() {
    MucSettings settings = MucSettings.defaults();
    EmailRealJidView email = emailAddresses.realJidView();
    RealJidView view =
        (real, viewer) ->
            switch (real) {
              case BareJid bare -> email.apply(viewer, bare);
              case FullJid full -> withResource(email.apply(viewer, full.account()), full);
              case DomainJid domain -> domain;
            };
    return new ChatServices(
        router, new JdbcRoomStore(database.dataSource(), settings), blocking, view, settings);
  }

  /** A full JID shown by its email address keeps its resource. */
  private static Jid withResource(Jid shown, FullJid real) {
    return shown instanceof BareJid bare && !bare.equals(real.account())
        ? new FullJid(bare.localpart(), bare.domain(), real.resourcepart())
        : real;
  }

  private void registerGauges() {
    Gauge.builder("parley.queue.federation", federation, FederationLifecycle::queuedStanzas)
        .description("stanzas waiting for a connection to a remote domain")
        .register(metrics);
    Gauge.builder("parley.queue.c2s.unacked", c2s, C2sServer::unackedStanzas)
        .description("stanzas sent to clients and not yet acknowledged (XEP-0198)")
        .register(metrics);
  }

  private C2sContext c2sContext(
      NodeConfig config,
      Stores stores,
      List<TlsContexts.KeyPair> certificates,
      FeatureRegistry registry,
      List<Feature> features) {
    return new C2sContext(
        info,
        config.c2sSettings(),
        new ScramSaslMechanisms(
            stores.users(),
            java.util.Set.copyOf(ScramSaslMechanisms.ALL),
            AuthSecrets.fakeCredentials(stores.settings())),
        TlsSetup.contexts(certificates),
        directory,
        router,
        registry::streamFeatures,
        registry.sessionListeners(),
        metrics,
        blocking,
        timers,
        java.util.Optional.of(StandardFeatures.registerFeature(features)));
  }

  private FederationLifecycle federation(
      NodeConfig config,
      List<TlsContexts.KeyPair> certificates,
      Stores stores,
      Set<DomainJid> emailDomains) {
    FederationLifecycle lifecycle =
        new FederationLifecycle(
            new FederationLifecycle.Parts(
                info,
                config.federation(),
                certificates,
                router,
                loops,
                blocking,
                timers,
                metrics,
                federationEdges(),
                remoteServers()),
            new FederationSettingsRepository(stores.settings()),
            LocalDomains.union(
                List.of(LocalDomains.live(chat::domains), LocalDomains.of(emailDomains))));
    lifecycle.routerRestartPendingWhen(emailAddresses::restartPending);
    lifecycle.startIfEnabled();
    return lifecycle;
  }

  /** What federation learns of remote servers going away reaches the chat rooms (off the loop). */
  private RemoteDomainListener remoteServers() {
    return new RemoteDomainListener() {
      @Override
      public void gone(DomainJid remote) {
        blocking.execute(() -> chat.remoteDomainGone(remote));
      }

      @Override
      public void closed(DomainJid remote) {
        blocking.execute(() -> chat.checkRemote(remote));
      }
    };
  }

  /**
   * The layers between router and federation service: the email-address translation next to the
   * router, the federation policy outside it (it judges the addresses peers see).
   */
  private FederationEdges federationEdges() {
    FederationEdges edges = emailAddresses.around(FederationEdges.NONE, router);
    return new NodePolicy(
            info.nodeName(),
            policies,
            metrics,
            router,
            () -> Optional.ofNullable(federation).map(FederationLifecycle::streams))
        .around(edges);
  }

  /** REST resources beyond the built-in ones: policy, email addresses, chat aliases, DNS. */
  private List<AdminResource> adminExtensions() {
    List<AdminResource> resources = new ArrayList<>();
    resources.add(new PolicyResource(new NodePolicyAdmin(info.nodeName(), policies, federation)));
    resources.add(new EmailAddressesResource(emailAddresses));
    resources.addAll(chatAdministration.resources());
    return resources;
  }

  private List<Feature> features(
      NodeConfig config, Stores stores, OfflineService offline, PresenceService presence) {
    List<Feature> features = new ArrayList<>();
    features.add(new RosterFeature(stores.rosters(), directory));
    features.add(presence);
    features.add(offline);
    features.addAll(
        StandardFeatures.create(
            info,
            stores,
            accounts,
            directory,
            ExtensionSettings.DEFAULTS.withRegistrationOpen(config.registrationOpen()),
            () -> chat == null ? List.of() : chat.discoItems()));
    return features;
  }

  /** Builds and starts a node; on failure everything already started is stopped again. */
  public static ParleyNode start(NodeConfig config, Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new ConfigException(
          "cannot create the data directory " + dataDir + ": " + e.getMessage());
    }
    return new ParleyNode(config, dataDir);
  }

  public ServerInfo info() {
    return info;
  }

  public ScramAccountService accounts() {
    return accounts;
  }

  public Stores stores() {
    return database.stores();
  }

  public LocalRouteDirectory sessions() {
    return directory;
  }

  public StanzaRouter router() {
    return router;
  }

  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  /** The federation administration of this node (settings, on/off, services, streams). */
  public dev.parley.admin.FederationAdmin federationAdmin() {
    return new NodeFederationAdmin(info.nodeName(), federation);
  }

  /** Where the federation service listens, empty while federation is off on this node. */
  public List<InetSocketAddress> serverAddresses() {
    return federation.running().map(s -> s.addresses()).orElse(List.of());
  }

  public int adminPort() {
    return adminPort;
  }

  /** Where clients connect, STARTTLS listener first. */
  public List<InetSocketAddress> clientAddresses() {
    return c2s.listeners().stream().map(Listener::address).toList();
  }

  /**
   * Graceful stop: clients get {@code system-shutdown}, unacknowledged stanzas are rerouted to
   * offline storage or bounced, then the database closes.
   */
  @Override
  public void close() {
    LOG.info("shutting down node {}", info.nodeName());
    chat.close();
    federation.close();
    c2s.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (directory.count() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    blocking.shutdown();
    try {
      blocking.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    admin.stop();
    timers.shutdownNow();
    loops.close();
    database.close();
    LOG.info("node {} stopped", info.nodeName());
  }
}

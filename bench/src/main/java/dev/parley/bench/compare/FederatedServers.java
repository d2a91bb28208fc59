package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.Endpoint;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.peers.EjabberdPeer;
import dev.parley.testkit.peers.PeerConfig;
import dev.parley.testkit.peers.PeerTls;
import dev.parley.testkit.peers.ProsodyPeer;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The s2s workload's servers: a dnsmasq with the {@link Federation} records and two instances of
 * one server software, {@link Federation#DOMAIN_A} pinned to one core and {@link
 * Federation#DOMAIN_B} to the other, each with the same accounts. Parley runs from the distribution
 * like in the other workloads; Prosody and ejabberd through the testkit's launchers, which already
 * handle their federation quirks (PEERS.md: private resolv.conf, ejabberd without epmd and with a
 * node name of its own, shapers off, Nagle off).
 */
final class FederatedServers implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(90);

  /**
   * One started instance.
   *
   * @param software name and version
   * @param pid the process measured for CPU
   * @param c2s where its clients connect
   */
  record Instance(String software, long pid, Endpoint c2s) {}

  /**
   * What the pair needs.
   *
   * @param directory a fresh directory for both servers
   * @param ca the run's CA (it also signs the client certificates' trust)
   * @param caPem the CA certificate as PEM, in a directory of its own (Parley's trust directory)
   * @param accounts accounts {@code load0 ..} per domain
   * @param cores the cores of A and B
   * @param parleyHome the Parley distribution
   * @param mode the link's security mode
   * @param jfr where Parley's JFR recordings go ({@code <domain>.jfr}); null for none
   */
  record Plan(
      Path directory,
      TestCa ca,
      Path caPem,
      int accounts,
      int[] cores,
      Path parleyHome,
      SecurityMode mode,
      Path jfr) {}

  private final List<AutoCloseable> started = new ArrayList<>();
  private final List<Instance> instances = new ArrayList<>();

  private FederatedServers() {}

  /** Starts dnsmasq, then A and B, and creates the accounts on both. */
  static FederatedServers start(ServerKind kind, Plan plan)
      throws IOException, InterruptedException {
    FederatedServers servers = new FederatedServers();
    try {
      servers.started.add(Dnsmasq.start(Federation.DNS_ADDRESS, 53, Federation.records()));
      servers.startOne(kind, plan, Federation.DOMAIN_A, plan.cores()[0]);
      servers.startOne(kind, plan, Federation.DOMAIN_B, plan.cores()[1]);
      return servers;
    } catch (IOException | RuntimeException | InterruptedException e) {
      servers.close();
      throw e;
    }
  }

  private void startOne(ServerKind kind, Plan plan, String domain, int core)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(plan.directory().resolve(domain));
    IssuedCertificate.PemFiles tls = plan.ca().issue(domain).writeTo(dir, domain);
    Accounts accounts = new Accounts(domain, "load", 0, plan.accounts(), Workload.PASSWORD);
    String address = Federation.address(domain);
    Endpoint c2s = new Endpoint(domain, address, Federation.C2S_PORT);
    switch (kind) {
      case PARLEY -> {
        ServerSetup setup =
            new ServerSetup(
                dir,
                address,
                Federation.C2S_PORT,
                Federation.ADMIN_PORT,
                core,
                accounts,
                tls.chain(),
                tls.key(),
                START);
        ParleyServer parley =
            ParleyServer.start(
                setup,
                plan.parleyHome(),
                plan.jfr() == null ? null : plan.jfr().resolve(domain + ".jfr"),
                ParleyConfig.renderFederated(setup, plan.caPem().getParent(), plan.mode()));
        started.add(parley);
        instances.add(new Instance(parley.software(), parley.pid(), c2s));
      }
      case PROSODY, EJABBERD -> {
        PeerConfig config =
            PeerConfig.builder(domain)
                .address(address)
                .c2sPort(Federation.C2S_PORT)
                .s2sPort(Federation.S2S_PORT)
                .httpPort(Federation.ADMIN_PORT)
                .mode(plan.mode())
                .tls(new PeerTls(tls.chain(), tls.key(), plan.caPem()))
                .dnsServer(new InetSocketAddress(Federation.DNS_ADDRESS, 53))
                .logDirectory(dir)
                .startTimeout(START)
                .build();
        XmppPeer peer =
            kind == ServerKind.PROSODY ? ProsodyPeer.start(config) : EjabberdPeer.start(config);
        started.add(peer);
        Pinning.pinProcess(peer.pid(), core);
        register(peer, accounts);
        instances.add(new Instance(peer.software(), peer.pid(), c2s));
      }
    }
  }

  /** Accounts through the peer's own tool (prosodyctl is a process each): four at a time. */
  private static void register(XmppPeer peer, Accounts accounts) throws InterruptedException {
    Semaphore parallel = new Semaphore(4);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < accounts.count(); i++) {
        String localpart = accounts.localpart(i);
        executor.submit(
            () -> {
              parallel.acquire();
              try {
                return peer.register(localpart, accounts.password());
              } finally {
                parallel.release();
              }
            });
      }
    }
  }

  /** Server A (senders). */
  Instance a() {
    return instances.get(0);
  }

  /** Server B (receivers). */
  Instance b() {
    return instances.get(1);
  }

  /** Stops everything this pair started, in reverse order. */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        // Keep stopping the rest: a failed stop must not leave processes behind.
      }
    }
    started.clear();
  }
}

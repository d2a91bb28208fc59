package dev.parley.bench.load;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.peers.PeerConfig;
import dev.parley.testkit.peers.PeerTls;
import dev.parley.testkit.peers.ProsodyPeer;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Benchmark servers in one JVM: a dnsmasq with the SRV records of every domain, Parley node {@code
 * a.test}, and as its federation peer either Parley node {@code b.test} or a real Prosody ({@code
 * prosody.test}), all with certificates from one generated test CA, in one of the seed's security
 * modes, with the benchmark accounts created. Fixed ports below the ephemeral range (PEERS.md quirk
 * 10); dnsmasq listens on port 53 of its own loopback address because Prosody without lua-unbound
 * only asks port 53.
 */
public final class BenchNodes implements AutoCloseable {
  static final String DNS_ADDRESS = "127.0.0.70";
  static final String PROSODY_ADDRESS = "127.0.0.73";
  static final int A_C2S = 15222;
  static final int B_C2S = 15223;
  static final int A_S2S = 15269;
  static final int B_S2S = 15270;
  static final int PROSODY_C2S = 15322;
  static final int PROSODY_S2S = 15369;

  private final TestCa ca = TestCa.create("Parley Bench CA");
  private final Path dir;
  private final SecurityMode mode;
  private final List<AutoCloseable> started = new ArrayList<>();
  private Dnsmasq dns;

  private BenchNodes(Path dir, SecurityMode mode) {
    this.dir = dir;
    this.mode = mode;
  }

  /** The peer of Parley node {@code a.test}. */
  public enum Peer {
    PARLEY,
    PROSODY
  }

  /**
   * Starts everything and creates {@code accounts} on each domain.
   *
   * @param dir a directory for certificates, data and the {@code bench.env} file
   */
  public static BenchNodes start(Path dir, SecurityMode mode, Peer peer, Accounts accounts)
      throws IOException, InterruptedException {
    BenchNodes nodes = new BenchNodes(dir, mode);
    try {
      nodes.startAll(peer, accounts);
      return nodes;
    } catch (IOException | RuntimeException | InterruptedException e) {
      nodes.close();
      throw e;
    }
  }

  private void startAll(Peer peer, Accounts accounts) throws IOException, InterruptedException {
    Path caPem = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    dns =
        Dnsmasq.start(
            DNS_ADDRESS,
            53,
            DnsRecords.builder()
                .srv("_xmpp-server", "a.test", "a-host.test", A_S2S, 0, 5)
                .srv("_xmpp-server", "b.test", "b-host.test", B_S2S, 0, 5)
                .srv("_xmpp-server", "prosody.test", "prosody.test", PROSODY_S2S, 0, 5)
                .a("a-host.test", "127.0.0.1")
                .a("b-host.test", "127.0.0.1")
                .a("prosody.test", PROSODY_ADDRESS)
                .build());
    started.add(dns);
    ParleyNode a = parley("a.test", A_C2S, A_S2S);
    new AdminImport(adminUrl(a), token("a.test")).importAccounts(withDomain(accounts, "a.test"));
    List<String> env =
        new ArrayList<>(List.of("CA=" + caPem, "A_DOMAIN=a.test", "A_C2S=127.0.0.1:" + A_C2S));
    if (peer == Peer.PARLEY) {
      ParleyNode b = parley("b.test", B_C2S, B_S2S);
      new AdminImport(adminUrl(b), token("b.test")).importAccounts(withDomain(accounts, "b.test"));
      env.addAll(List.of("B_DOMAIN=b.test", "B_C2S=127.0.0.1:" + B_C2S));
    } else {
      ProsodyPeer prosody = prosody(caPem);
      register(prosody, accounts);
      env.addAll(List.of("B_DOMAIN=prosody.test", "B_C2S=" + PROSODY_ADDRESS + ":" + PROSODY_C2S));
    }
    env.add("MODE=" + mode);
    Files.write(dir.resolve("bench.env"), env, StandardCharsets.UTF_8);
  }

  private static Accounts withDomain(Accounts accounts, String domain) {
    return new Accounts(
        domain, accounts.prefix(), accounts.first(), accounts.count(), accounts.password());
  }

  private ParleyNode parley(String domain, int c2sPort, int s2sPort) throws IOException {
    Path data = Files.createDirectories(dir.resolve(domain));
    IssuedCertificate.PemFiles files = ca.issue(domain).writeTo(data, domain);
    String tls =
        mode == SecurityMode.NO_TLS
            ? ""
            : """
                require-valid-certificates: true
                sasl-external-incoming: true
                sasl-external-outbound: true
            """;
    String yaml =
        """
        node: {name: bench-%1$s}
        domains:
          - name: %1$s
            certificate: %2$s
            key: %3$s
        listeners:
          c2s: {address: 127.0.0.1, port: %4$d}
          c2s-direct-tls: {enabled: false}
          admin: {address: 127.0.0.1, port: 0}
          s2s: {address: 127.0.0.1, port: %5$d}
        federation:
          trust-directory: %6$s
          dns-resolvers: ["%7$s:53"]
          initial:
            enabled: true
            security-mode: %8$s
            dialback-secret: a-long-dialback-secret-for-%1$s
        """
                .formatted(
                    domain,
                    files.chain(),
                    files.key(),
                    c2sPort,
                    s2sPort,
                    dir.resolve("trust"),
                    DNS_ADDRESS,
                    mode.name())
            + tls;
    Path config = Files.writeString(data.resolve("parley.yml"), yaml);
    ParleyNode node =
        ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
    started.add(node);
    return node;
  }

  private ProsodyPeer prosody(Path caPem) throws IOException {
    Path tlsDir = Files.createDirectories(dir.resolve("prosody.test"));
    IssuedCertificate.PemFiles files = ca.issue("prosody.test").writeTo(tlsDir, "prosody.test");
    PeerConfig.Builder config =
        PeerConfig.builder("prosody.test")
            .address(PROSODY_ADDRESS)
            .c2sPort(PROSODY_C2S)
            .s2sPort(PROSODY_S2S)
            .httpPort(PROSODY_S2S + 11)
            .mode(mode)
            .dnsServer(new InetSocketAddress(DNS_ADDRESS, 53));
    // Prosody's certificate serves client STARTTLS too, so it is given in every mode.
    config.tls(new PeerTls(files.chain(), files.key(), caPem));
    ProsodyPeer prosody = ProsodyPeer.start(config.build());
    started.add(prosody);
    return prosody;
  }

  /** prosodyctl is a process per account: a few at a time. */
  private static void register(ProsodyPeer prosody, Accounts accounts) throws InterruptedException {
    Semaphore parallel = new Semaphore(4);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < accounts.count(); i++) {
        String localpart = accounts.localpart(i);
        executor.submit(
            () -> {
              parallel.acquire();
              try {
                return prosody.register(localpart, accounts.password());
              } finally {
                parallel.release();
              }
            });
      }
    }
  }

  private URI adminUrl(ParleyNode node) {
    return URI.create("http://127.0.0.1:" + node.adminPort());
  }

  private String token(String domain) throws IOException {
    return Files.readString(dir.resolve(domain).resolve("admin.token"), StandardCharsets.US_ASCII)
        .strip();
  }

  /** Stops everything in reverse order. */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        // Keep stopping the rest; a failed stop must not leave processes behind.
      }
    }
    started.clear();
  }
}

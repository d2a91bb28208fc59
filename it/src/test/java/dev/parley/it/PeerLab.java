package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.peers.EjabberdPeer;
import dev.parley.testkit.peers.PeerConfig;
import dev.parley.testkit.peers.PeerTls;
import dev.parley.testkit.peers.ProsodyPeer;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.SubjectName;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.Roster.SubscriptionMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * A Parley node and real peers (Prosody {@code prosody.test}, ejabberd {@code ejabberd.test}) on
 * their own addresses of one loopback /24, found through SRV records of one dnsmasq on port 53
 * (ejabberd's glibc lookups and Prosody without lua-unbound cannot use another port, PEERS.md quirk
 * 3), with certificates (DNS SANs only, quirk 6) from one test CA that all of them trust.
 *
 * <p>Each test class gets its own {@link Plan}: a /24 of its own, so that its servers never meet
 * another class's, and the names Parley serves beside its domain (chat node aliases and email
 * domains, reached through SRV records pointing at the node: the seed's "one public IP address"
 * layout). The node offers and uses XEP-0288 as by default ({@code federation.bidi}). A peer is
 * started when first asked for and kept while tests need it in the same configuration; Parley is
 * started afresh on each {@link #parley(SecurityMode)}, so that no server stream survives from one
 * test to the next.
 */
final class PeerLab implements AutoCloseable {
  private static final int S2S_PORT = 25269;
  private static final Path PEER_LOGS = Path.of("target", "peer-logs").toAbsolutePath();

  /** The peer software, with its domain and its host number in the plan's /24. */
  enum Kind {
    PROSODY("prosody.test", 2),
    EJABBERD("ejabberd.test", 3);

    final String domain;
    private final int host;

    Kind(String domain, int host) {
      this.domain = domain;
      this.host = host;
    }

    /** The peer's chat service, when the plan runs one. */
    String muc() {
      return "muc." + domain;
    }
  }

  /**
   * What one test class runs.
   *
   * @param name names the node, the CA, the temporary directory and the peers' log directories
   * @param subnet the first three octets of the class's loopback /24, e.g. {@code 127.0.44}
   * @param parleyDomain the node's hosted domain (on {@code .1}; DNS on {@code .53})
   * @param aliases chat node aliases, named on the node's certificate beside its domain
   * @param emailDomains email domains ({@code federation.email-domains}), each with its own
   *     certificate
   * @param peerMuc whether each peer runs a chat service at {@code muc.<its domain>}
   */
  record Plan(
      String name,
      String subnet,
      String parleyDomain,
      List<String> aliases,
      List<String> emailDomains,
      boolean peerMuc) {
    Plan {
      aliases = List.copyOf(aliases);
      emailDomains = List.copyOf(emailDomains);
    }

    /** {@code parley.test} alone, peers without chat services. */
    static Plan of(String name, String subnet) {
      return new Plan(name, subnet, "parley.test", List.of(), List.of(), false);
    }

    Plan domain(String domain) {
      return new Plan(name, subnet, domain, aliases, emailDomains, peerMuc);
    }

    Plan aliases(String... names) {
      return new Plan(name, subnet, parleyDomain, List.of(names), emailDomains, peerMuc);
    }

    Plan emailDomains(String... names) {
      return new Plan(name, subnet, parleyDomain, aliases, List.of(names), peerMuc);
    }

    Plan withPeerMuc() {
      return new Plan(name, subnet, parleyDomain, aliases, emailDomains, true);
    }

    String address(int host) {
      return subnet + "." + host;
    }
  }

  /**
   * How a peer runs: its security mode, whether its certificate comes from the trusted CA, and
   * XEP-0288 (Prosody only).
   */
  record PeerSpec(Kind kind, SecurityMode mode, boolean trustedCertificate, boolean bidi) {
    /** A peer with a trusted certificate and without XEP-0288. */
    static PeerSpec of(Kind kind, SecurityMode mode) {
      return new PeerSpec(kind, mode, true, false);
    }

    PeerSpec untrusted() {
      return new PeerSpec(kind, mode, false, bidi);
    }

    PeerSpec bidi(boolean on) {
      return new PeerSpec(kind, mode, trustedCertificate, on);
    }
  }

  /** A user of Parley and a user of the peer, both logged in with Smack; closing logs them out. */
  record Users(XMPPTCPConnection parley, XMPPTCPConnection peer) implements AutoCloseable {
    @Override
    public void close() {
      parley.disconnect();
      peer.disconnect();
    }
  }

  private final Plan plan;
  private final TestCa ca;
  private final TestCa otherCa = TestCa.create("Some Other CA");
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<Kind, XmppPeer> peers = new EnumMap<>(Kind.class);
  private final Map<Kind, PeerSpec> specs = new EnumMap<>(Kind.class);
  private final Path dir;
  private final Path caFile;
  private final Dnsmasq dns;
  private ParleyNode parley;
  private Path parleyData;

  PeerLab(Plan plan) {
    this.plan = plan;
    this.ca = TestCa.create("Parley " + plan.name() + " Test CA");
    try {
      dir = Files.createTempDirectory("parley-" + plan.name());
      caFile = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dns = Dnsmasq.start(plan.address(53), 53, records().build());
  }

  private DnsRecords.Builder records() {
    String node = plan.parleyDomain();
    DnsRecords.Builder records =
        DnsRecords.builder().srv("_xmpp-server", node, node, S2S_PORT, 0, 0).a(node, address());
    for (String name : plan.aliases()) {
      records.srv("_xmpp-server", name, node, S2S_PORT, 0, 0);
    }
    for (String name : plan.emailDomains()) {
      records.srv("_xmpp-server", name, node, S2S_PORT, 0, 0);
    }
    for (Kind kind : Kind.values()) {
      records.srv("_xmpp-server", kind.domain, kind.domain, S2S_PORT, 0, 0);
      if (plan.peerMuc()) {
        records.srv("_xmpp-server", kind.muc(), kind.domain, S2S_PORT, 0, 0);
      }
      records.a(kind.domain, address(kind));
    }
    return records;
  }

  /** The node's address. */
  String address() {
    return plan.address(1);
  }

  /** The address of {@code kind}'s peer. */
  String address(Kind kind) {
    return plan.address(kind.host);
  }

  /** Stops the running Parley node, if any, and starts a fresh one in {@code mode}. */
  ParleyNode parley(SecurityMode mode) {
    stopParley();
    try {
      parleyData = Files.createDirectories(dir.resolve("parley-" + counter.incrementAndGet()));
      Path config = parleyData.resolve("parley.yml");
      Files.writeString(config, new PeerLabYaml(plan, mode, caFile, dns).render(certificates()));
      parley =
          ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), parleyData);
      return parley;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node's own certificate first (its domain and aliases), then one per email domain. */
  private List<IssuedCertificate.PemFiles> certificates() {
    String domain = plan.parleyDomain();
    SubjectName[] names =
        Stream.concat(Stream.of(domain), plan.aliases().stream())
            .map(SubjectName::dns)
            .toArray(SubjectName[]::new);
    List<IssuedCertificate.PemFiles> files = new ArrayList<>();
    files.add(ca.issue(LeafSpec.forDomain(domain).withNames(names)).writeTo(parleyData, domain));
    plan.emailDomains().forEach(name -> files.add(ca.issue(name).writeTo(parleyData, name)));
    return files;
  }

  /** The running node. */
  ParleyNode parley() {
    return Optional.ofNullable(parley).orElseThrow();
  }

  /** The peer of {@code spec.kind()} running as {@code spec} says, restarted only on a change. */
  XmppPeer peer(PeerSpec spec) {
    XmppPeer running = peers.get(spec.kind());
    if (running != null && spec.equals(specs.get(spec.kind()))) {
      return running;
    }
    stopPeer(spec.kind());
    XmppPeer started =
        switch (spec.kind()) {
          case PROSODY -> ProsodyPeer.start(peerConfig(spec));
          case EJABBERD -> EjabberdPeer.start(peerConfig(spec));
        };
    peers.put(spec.kind(), started);
    specs.put(spec.kind(), spec);
    return started;
  }

  /** Stops the peer of {@code spec.kind()} and starts it again as {@code spec} says. */
  XmppPeer restartPeer(PeerSpec spec) {
    stopPeer(spec.kind());
    return peer(spec);
  }

  /** Stops a peer for good (its users' server has gone away). */
  void stopPeer(Kind kind) {
    specs.remove(kind);
    Optional.ofNullable(peers.remove(kind)).ifPresent(XmppPeer::close);
  }

  private PeerConfig peerConfig(PeerSpec spec) {
    Kind kind = spec.kind();
    String name = kind.name().toLowerCase(Locale.ROOT);
    int n = counter.incrementAndGet();
    PeerConfig.Builder builder =
        PeerConfig.builder(kind.domain)
            .address(address(kind))
            .c2sPort(25222)
            .s2sPort(S2S_PORT)
            .httpPort(25280)
            .mode(spec.mode())
            .muc(plan.peerMuc())
            .bidi(spec.bidi())
            .dnsServer(new InetSocketAddress(dns.address().getAddress(), 53))
            .logDirectory(PEER_LOGS.resolve(plan.name() + "-" + name + "-" + n));
    if (spec.mode().usesTls()) {
      TestCa issuer = spec.trustedCertificate() ? ca : otherCa;
      LeafSpec leaf =
          plan.peerMuc()
              ? LeafSpec.forDomain(kind.domain)
                  .withNames(SubjectName.dns(kind.domain), SubjectName.dns(kind.muc()))
              : LeafSpec.forDomain(kind.domain);
      Path files = dir.resolve(name + "-" + n);
      IssuedCertificate.PemFiles pem = issuer.issue(leaf).writeTo(files, name);
      // The peer always trusts the lab's CA, so only its own certificate can be the problem.
      builder.tls(new PeerTls(pem.chain(), pem.key(), caFile));
    }
    return builder.build();
  }

  /**
   * A new user on each side (fresh names, so no roster state is left from earlier tests), logged in
   * with rosters that accept every subscription request.
   */
  Users users(XmppPeer peer) {
    int n = counter.incrementAndGet();
    String password = "secret-" + n;
    parley
        .accounts()
        .create(BareJid.of("alice" + n, plan.parleyDomain()), password.toCharArray(), false);
    peer.register("bob" + n, password);
    XMPPTCPConnection atParley = parleyClient("alice" + n, password, PeerLab::acceptAll);
    try {
      return new Users(atParley, peerClient(peer, "bob" + n, password, PeerLab::acceptAll));
    } catch (RuntimeException e) {
      atParley.disconnect();
      throw e;
    }
  }

  /** A Smack client of the node, over STARTTLS with the lab's CA, resource {@code laptop}. */
  XMPPTCPConnection parleyClient(String user, String password) {
    return parleyClient(user, password, UnaryOperator.identity());
  }

  /** The same, with {@code before} applied to the connection before it logs in. */
  XMPPTCPConnection parleyClient(
      String user, String password, UnaryOperator<XMPPTCPConnection> before) {
    return Clients.connect(
        clientConfig(
                plan.parleyDomain(), parley().clientAddresses().get(0), user, password, "laptop")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.required)
            .setCustomX509TrustManager(trustManager()),
        before);
  }

  /**
   * A Smack client of {@code peer} (plain text: the peers' c2s is not under test), {@code phone}.
   */
  XMPPTCPConnection peerClient(XmppPeer peer, String user, String password) {
    return peerClient(peer, user, password, UnaryOperator.identity());
  }

  /** The same, with {@code before} applied to the connection before it logs in. */
  static XMPPTCPConnection peerClient(
      XmppPeer peer, String user, String password, UnaryOperator<XMPPTCPConnection> before) {
    return Clients.connect(
        clientConfig(
                peer.config().domain().domain(),
                peer.config().c2sAddress(),
                user,
                password,
                "phone")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled),
        before);
  }

  private static XMPPTCPConnectionConfiguration.Builder clientConfig(
      String domain, InetSocketAddress address, String user, String password, String resource) {
    try {
      return XMPPTCPConnectionConfiguration.builder()
          .setXmppDomain(domain)
          .setHostAddress(address.getAddress())
          .setPort(address.getPort())
          .setUsernameAndPassword(user, password)
          .setResource(resource)
          .setConnectTimeout(10_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes {@code connection}'s roster accept every subscription request. */
  static XMPPTCPConnection acceptAll(XMPPTCPConnection connection) {
    Roster.getInstanceFor(connection).setSubscriptionMode(SubscriptionMode.accept_all);
    return connection;
  }

  private X509TrustManager trustManager() {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("ca", ca.certificate());
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return (X509TrustManager) factory.getTrustManagers()[0];
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Calls the node's admin REST API with its bootstrap token and returns the body; fails the test
   * on any status but 2xx.
   */
  String adminApi(String method, String path, String body)
      throws IOException, InterruptedException {
    String token = Files.readString(parleyData.resolve("admin.token")).strip();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://" + address() + ":" + parley().adminPort() + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isBetween(200, 299);
      return response.body();
    }
  }

  /**
   * The operator's steps of the email issue: the user's address, the setting, the Router restart.
   */
  void applyEmail(String jid, String email) throws IOException, InterruptedException {
    adminApi("PUT", "/api/users/" + jid + "/email", "{\"email\":\"" + email + "\"}");
    adminApi("PUT", "/api/federation/email-addresses", "{\"enabled\":true}");
    adminApi("POST", "/api/services/router/restart", "");
    assertThat(adminApi("GET", "/api/federation/email-addresses", null))
        .contains("\"applied\":true");
  }

  /** The last log lines of every running peer and the DNS queries, for a failure report. */
  String diagnostics() {
    StringBuilder text = new StringBuilder();
    peers.values().forEach(p -> text.append(p.software()).append(":\n").append(p.logTail(120)));
    return text.append("\ndnsmasq:\n").append(dns.log()).toString();
  }

  /** Stops the node (a later {@link #parley(SecurityMode)} starts a fresh one). */
  void stopParley() {
    if (parley != null) {
      parley.close();
      parley = null;
    }
  }

  @Override
  public void close() {
    stopParley();
    List.copyOf(peers.keySet()).forEach(this::stopPeer);
    dns.close();
  }
}

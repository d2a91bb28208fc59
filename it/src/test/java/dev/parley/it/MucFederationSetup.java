package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
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
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * Parley ({@code parley.test} with its chat node alias {@code conference.parley.test} and the email
 * domain {@code corp.test}), Prosody (with {@code muc.prosody.test}) and ejabberd, each on its own
 * address of 127.0.47.0/24 (no clash with {@link PeerSetup}'s 127.0.44.x or the email test's
 * 127.0.46.x), found through one dnsmasq. In No TLS mode the servers use dialback only; in TLS
 * Required every server checks certificates strictly against one test CA and authenticates with
 * SASL EXTERNAL, so Parley's certificate names the alias too (DNS SANs only, PEERS.md quirk 6).
 */
final class MucFederationSetup implements AutoCloseable {
  static final String PARLEY = "parley.test";
  static final String SERVICE = "conference." + PARLEY;
  static final String EMAIL_DOMAIN = "corp.test";
  private static final String PARLEY_ADDRESS = "127.0.47.1";
  private static final String DNS_ADDRESS = "127.0.47.53";
  private static final int S2S_PORT = 25269;

  /** The peer software, with its domain and address. */
  enum Peer {
    PROSODY("prosody.test", "127.0.47.2"),
    EJABBERD("ejabberd.test", "127.0.47.3");

    final String domain;
    final String address;

    Peer(String domain, String address) {
      this.domain = domain;
      this.address = address;
    }
  }

  private final TestCa ca = TestCa.create("MUC Federation Test CA");
  private final Map<Peer, XmppPeer> peers = new EnumMap<>(Peer.class);
  private final Path dir;
  private final Dnsmasq dns;
  private final SecurityMode mode;
  private final Path caFile;
  private ParleyNode parley;

  private MucFederationSetup(Path dir, Dnsmasq dns, SecurityMode mode) throws IOException {
    this.dir = dir;
    this.dns = dns;
    this.mode = mode;
    this.caFile = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
  }

  static MucFederationSetup start(SecurityMode mode) throws IOException {
    DnsRecords.Builder records =
        DnsRecords.builder()
            .srv("_xmpp-server", PARLEY, PARLEY, S2S_PORT, 0, 0)
            .a(PARLEY, PARLEY_ADDRESS)
            // The alias and the email domain point at the federation node (the first layout).
            .srv("_xmpp-server", SERVICE, PARLEY, S2S_PORT, 0, 0)
            .srv("_xmpp-server", EMAIL_DOMAIN, PARLEY, S2S_PORT, 0, 0);
    for (Peer peer : Peer.values()) {
      records.srv("_xmpp-server", peer.domain, peer.domain, S2S_PORT, 0, 0);
      records.srv("_xmpp-server", "muc." + peer.domain, peer.domain, S2S_PORT, 0, 0);
      records.a(peer.domain, peer.address);
    }
    Dnsmasq dns = Dnsmasq.start(DNS_ADDRESS, 53, records.build());
    MucFederationSetup setup;
    try {
      setup = new MucFederationSetup(Files.createTempDirectory("parley-muc-federation"), dns, mode);
    } catch (IOException | RuntimeException e) {
      dns.close();
      throw e;
    }
    try {
      setup.startParley();
      for (Peer peer : Peer.values()) {
        setup.peers.put(peer, setup.startPeer(peer));
      }
      return setup;
    } catch (RuntimeException | IOException e) {
      setup.close();
      throw e;
    }
  }

  private void startParley() throws IOException {
    Path data = Files.createDirectories(dir.resolve("parley"));
    IssuedCertificate.PemFiles own =
        ca.issue(
                LeafSpec.forDomain(PARLEY)
                    .withNames(SubjectName.dns(PARLEY), SubjectName.dns(SERVICE)))
            .writeTo(data, PARLEY);
    IssuedCertificate.PemFiles email = ca.issue(EMAIL_DOMAIN).writeTo(data, EMAIL_DOMAIN);
    Path config = data.resolve("parley.yml");
    Files.writeString(
        config,
        """
        node: {name: node-muc}
        domains:
          - name: %1$s
            certificate: %2$s
            key: %3$s
        listeners:
          c2s: {address: %7$s, port: 0}
          c2s-direct-tls: {enabled: false}
          admin: {address: %7$s, port: 0}
          s2s: {address: %7$s, port: %8$d}
        federation:
          dns-resolvers: ["%9$s:53"]
          trust-directory: %10$s
          email-domains:
            - name: %4$s
              certificate: %5$s
              key: %6$s
          initial:
            enabled: true
            security-mode: %11$s
            dialback-secret: a-long-dialback-secret-for-muc
        """
                .formatted(
                    PARLEY,
                    own.chain(),
                    own.key(),
                    EMAIL_DOMAIN,
                    email.chain(),
                    email.key(),
                    PARLEY_ADDRESS,
                    S2S_PORT,
                    DNS_ADDRESS,
                    caFile.getParent(),
                    mode.name())
            + (mode.usesTls()
                ? """
                    require-valid-certificates: true
                    sasl-external-incoming: true
                    sasl-external-outbound: true
                """
                : ""));
    parley = ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
  }

  private XmppPeer startPeer(Peer peer) throws IOException {
    String name = peer.name().toLowerCase(java.util.Locale.ROOT);
    PeerConfig.Builder config =
        PeerConfig.builder(peer.domain)
            .address(peer.address)
            .c2sPort(25222)
            .s2sPort(S2S_PORT)
            .httpPort(25280)
            .mode(mode)
            .muc(true)
            .dnsServer(new InetSocketAddress(DNS_ADDRESS, 53))
            .logDirectory(Path.of("target", "peer-logs", name + "-muc-" + mode).toAbsolutePath());
    if (mode.usesTls()) {
      String muc = "muc." + peer.domain;
      IssuedCertificate.PemFiles pem =
          ca.issue(
                  LeafSpec.forDomain(peer.domain)
                      .withNames(SubjectName.dns(peer.domain), SubjectName.dns(muc)))
              .writeTo(Files.createDirectories(dir.resolve(name)), name);
      config.tls(new PeerTls(pem.chain(), pem.key(), caFile));
    }
    return switch (peer) {
      case PROSODY -> ProsodyPeer.start(config.build());
      case EJABBERD -> EjabberdPeer.start(config.build());
    };
  }

  ParleyNode parley() {
    return parley;
  }

  XmppPeer peer(Peer peer) {
    return Optional.ofNullable(peers.get(peer)).orElseThrow();
  }

  /** Stops a peer for good (its users' server has gone away). */
  void stopPeer(Peer peer) {
    Optional.ofNullable(peers.remove(peer)).ifPresent(XmppPeer::close);
  }

  /**
   * The operator's steps of the email issue: the user's address, the setting, the Router restart.
   */
  void applyEmail(String jid, String email) throws Exception {
    api("PUT", "/api/users/" + jid + "/email", "{\"email\":\"" + email + "\"}");
    api("PUT", "/api/federation/email-addresses", "{\"enabled\":true}");
    api("POST", "/api/services/router/restart", "");
    assertThat(api("GET", "/api/federation/email-addresses", null)).contains("\"applied\":true");
  }

  private String api(String method, String path, String body) throws Exception {
    String token = Files.readString(dir.resolve("parley").resolve("admin.token")).strip();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://" + PARLEY_ADDRESS + ":" + parley.adminPort() + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    return response.body();
  }

  XMPPTCPConnection parleyClient(String user, String password) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    store.setCertificateEntry("ca", ca.certificate());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    InetSocketAddress c2s = parley.clientAddresses().get(0);
    return Clients.connect(
        XMPPTCPConnectionConfiguration.builder()
            .setXmppDomain(PARLEY)
            .setHostAddress(c2s.getAddress())
            .setPort(c2s.getPort())
            .setUsernameAndPassword(user, password)
            .setResource("laptop")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.required)
            .setCustomX509TrustManager((X509TrustManager) factory.getTrustManagers()[0])
            .setConnectTimeout(10_000),
        c -> c);
  }

  XMPPTCPConnection peerClient(XmppPeer peer, String user, String password) throws Exception {
    InetSocketAddress c2s = peer.config().c2sAddress();
    return Clients.connect(
        XMPPTCPConnectionConfiguration.builder()
            .setXmppDomain(peer.config().domain().domain())
            .setHostAddress(c2s.getAddress())
            .setPort(c2s.getPort())
            .setUsernameAndPassword(user, password)
            .setResource("phone")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled)
            .setConnectTimeout(10_000),
        c -> c);
  }

  /** The last log lines of the running peers and the DNS queries, for a failure report. */
  String diagnostics() {
    StringBuilder text = new StringBuilder();
    peers.values().forEach(p -> text.append(p.software()).append(":\n").append(p.logTail(80)));
    return text.append("\ndnsmasq:\n").append(dns.log()).toString();
  }

  @Override
  public void close() {
    if (parley != null) {
      parley.close();
    }
    peers.values().forEach(XmppPeer::close);
    peers.clear();
    dns.close();
  }
}

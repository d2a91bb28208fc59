package dev.parley.it;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.Roster.SubscriptionMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * Parley ({@code parley.test}, with its default chat alias {@code conference.parley.test}) and one
 * real peer at a time, for the stream sharing interop tests: its own loopback addresses
 * (127.0.48.x), its own dnsmasq on 127.0.48.53:53 and its own test CA, so that it runs beside
 * {@link PeerSetup}'s tests without sharing anything.
 *
 * <p>A peer is kept while the tests need it in the same configuration; Parley starts afresh for
 * every test, so that no server stream survives from one test to the next.
 */
final class StreamSharingSetup implements AutoCloseable {

  /** The peer software, with its domain and loopback address. */
  enum Kind {
    PROSODY("prosody.test", "127.0.48.2"),
    EJABBERD("ejabberd.test", "127.0.48.3");

    final String domain;
    final String address;

    Kind(String domain, String address) {
      this.domain = domain;
      this.address = address;
    }
  }

  /** How the peer runs: its software, security mode and XEP-0288 (Prosody only). */
  record PeerSpec(Kind kind, SecurityMode mode, boolean bidi) {}

  /** A user of Parley and a user of the peer, logged in with Smack; closing logs them out. */
  record Users(XMPPTCPConnection parley, XMPPTCPConnection peer) implements AutoCloseable {
    @Override
    public void close() {
      parley.disconnect();
      peer.disconnect();
    }
  }

  static final String PARLEY_DOMAIN = "parley.test";
  static final String ALIAS = "conference.parley.test";
  private static final String PARLEY_ADDRESS = "127.0.48.1";
  private static final String DNS_ADDRESS = "127.0.48.53";
  private static final int S2S_PORT = 25269;
  private static final Path PEER_LOGS = Path.of("target", "peer-logs").toAbsolutePath();

  private final TestCa ca = TestCa.create("Parley Stream Sharing Test CA");
  private final AtomicInteger counter = new AtomicInteger();
  private final Path dir;
  private final Path caFile;
  private final Dnsmasq dns;
  private XmppPeer peer;
  private PeerSpec peerSpec;
  private ParleyNode parley;

  StreamSharingSetup() {
    try {
      dir = Files.createTempDirectory("parley-stream-sharing");
      caFile = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The alias is served by the same node, as in the seed's "one public IP address" layout.
    DnsRecords.Builder records =
        DnsRecords.builder()
            .srv("_xmpp-server", PARLEY_DOMAIN, PARLEY_DOMAIN, S2S_PORT, 0, 0)
            .srv("_xmpp-server", ALIAS, PARLEY_DOMAIN, S2S_PORT, 0, 0)
            .a(PARLEY_DOMAIN, PARLEY_ADDRESS);
    for (Kind kind : Kind.values()) {
      records.srv("_xmpp-server", kind.domain, kind.domain, S2S_PORT, 0, 0);
      records.a(kind.domain, kind.address);
    }
    dns = Dnsmasq.start(DNS_ADDRESS, 53, records.build());
  }

  /**
   * Stops the running Parley node, if any, and starts a fresh one in {@code mode} with {@code
   * federation.bidi: true}. One certificate names both the domain and the alias, so that the alias
   * can authenticate under strict validation wherever it ends up (RFC 6125 DNS-IDs only, PEERS.md
   * quirk 6).
   */
  ParleyNode parley(SecurityMode mode) {
    stopParley();
    try {
      Path data = Files.createDirectories(dir.resolve("parley-" + counter.incrementAndGet()));
      LeafSpec leaf =
          LeafSpec.forDomain(PARLEY_DOMAIN)
              .withNames(SubjectName.dns(PARLEY_DOMAIN), SubjectName.dns(ALIAS));
      IssuedCertificate.PemFiles files = ca.issue(leaf).writeTo(data, PARLEY_DOMAIN);
      Path config = data.resolve("parley.yml");
      Files.writeString(config, parleyYaml(mode, files));
      parley = ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
      return parley;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String parleyYaml(SecurityMode mode, IssuedCertificate.PemFiles files) {
    String yaml =
        """
        node: {name: node-stream-sharing}
        domains:
          - name: %1$s
            certificate: %2$s
            key: %3$s
        listeners:
          c2s: {address: %4$s, port: 0}
          c2s-direct-tls: {enabled: false}
          admin: {address: %4$s, port: 0}
          s2s: {address: %4$s, port: %5$d}
        federation:
          bidi: true
          trust-directory: %6$s
          dns-resolvers: ["%7$s"]
          initial:
            enabled: true
            security-mode: %8$s
            dialback-secret: a-long-dialback-secret-for-stream-sharing
        """
            .formatted(
                PARLEY_DOMAIN,
                files.chain(),
                files.key(),
                PARLEY_ADDRESS,
                S2S_PORT,
                caFile.getParent(),
                dns.hostPort(),
                mode.name());
    if (!mode.usesTls()) {
      return yaml;
    }
    boolean sasl = mode == SecurityMode.TLS_REQUIRED;
    return yaml
        + """
            require-valid-certificates: true
            sasl-external-incoming: %1$s
            sasl-external-outbound: %1$s
        """
            .formatted(sasl);
  }

  /** The peer running as {@code spec} says; a running peer is restarted only on a change. */
  XmppPeer peer(PeerSpec spec) {
    if (peer != null && spec.equals(peerSpec)) {
      return peer;
    }
    stopPeer();
    peer =
        switch (spec.kind()) {
          case PROSODY -> ProsodyPeer.start(peerConfig(spec));
          case EJABBERD -> EjabberdPeer.start(peerConfig(spec));
        };
    peerSpec = spec;
    return peer;
  }

  private PeerConfig peerConfig(PeerSpec spec) {
    String name = spec.kind().name().toLowerCase(Locale.ROOT);
    PeerConfig.Builder builder =
        PeerConfig.builder(spec.kind().domain)
            .address(spec.kind().address)
            .c2sPort(25222)
            .s2sPort(S2S_PORT)
            .httpPort(25280)
            .mode(spec.mode())
            .bidi(spec.bidi())
            .dnsServer(new InetSocketAddress(dns.address().getAddress(), 53))
            .logDirectory(PEER_LOGS.resolve("sharing-" + name + "-" + counter.incrementAndGet()));
    if (spec.mode().usesTls()) {
      Path files = dir.resolve(name + "-" + counter.incrementAndGet());
      IssuedCertificate.PemFiles pem = ca.issue(spec.kind().domain).writeTo(files, name);
      builder.tls(new PeerTls(pem.chain(), pem.key(), caFile));
    }
    return builder.build();
  }

  /** A new user on each side, logged in with rosters that accept every subscription request. */
  Users users() {
    int n = counter.incrementAndGet();
    String password = "secret-" + n;
    parley.accounts().create(BareJid.of("alice" + n, PARLEY_DOMAIN), password.toCharArray(), false);
    peer.register("bob" + n, password);
    XMPPTCPConnection atParley =
        Clients.connect(
            clientConfig(PARLEY_DOMAIN, parley.clientAddresses().get(0), "alice" + n, password)
                .setSecurityMode(ConnectionConfiguration.SecurityMode.required)
                .setCustomX509TrustManager(trustManager()),
            StreamSharingSetup::acceptAll);
    try {
      XMPPTCPConnection atPeer =
          Clients.connect(
              clientConfig(
                      peer.config().domain().domain(),
                      peer.config().c2sAddress(),
                      "bob" + n,
                      password)
                  .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled),
              StreamSharingSetup::acceptAll);
      return new Users(atParley, atPeer);
    } catch (RuntimeException e) {
      atParley.disconnect();
      throw e;
    }
  }

  private static XMPPTCPConnectionConfiguration.Builder clientConfig(
      String domain, InetSocketAddress address, String user, String password) {
    try {
      return XMPPTCPConnectionConfiguration.builder()
          .setXmppDomain(domain)
          .setHostAddress(address.getAddress())
          .setPort(address.getPort())
          .setUsernameAndPassword(user, password)
          .setResource("test")
          .setConnectTimeout(10_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XMPPTCPConnection acceptAll(XMPPTCPConnection connection) {
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

  /** The peer's last log lines and the DNS queries, for a failure report. */
  String diagnostics() {
    StringBuilder text = new StringBuilder();
    if (peer != null) {
      text.append(peer.software()).append(":\n").append(peer.logTail(150));
    }
    return text.append("\ndnsmasq:\n").append(dns.log()).toString();
  }

  void stopParley() {
    if (parley != null) {
      parley.close();
      parley = null;
    }
  }

  private void stopPeer() {
    if (peer != null) {
      peer.close();
      peer = null;
      peerSpec = null;
    }
  }

  @Override
  public void close() {
    stopParley();
    stopPeer();
    dns.close();
  }
}

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
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.EnumMap;
import java.util.Map;
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
 * Parley ({@code parley.test}) and real peers ({@code prosody.test}, {@code ejabberd.test}) on
 * their own loopback addresses, found through SRV records of one dnsmasq on port 53 (ejabberd's
 * glibc lookups and Prosody without lua-unbound cannot use another port, PEERS.md quirk 3), with
 * certificates (DNS SANs only, quirk 6) from one test CA that all of them trust.
 *
 * <p>A peer is started once and kept while tests need it in the same configuration; Parley is
 * started afresh for every test, so that no server stream survives from one test to the next and
 * each test decides which side opens the first stream.
 */
final class PeerSetup implements AutoCloseable {

  /** The peer software, with its domain and loopback address. */
  enum Kind {
    PROSODY("prosody.test", "127.0.44.2"),
    EJABBERD("ejabberd.test", "127.0.44.3");

    final String domain;
    final String address;

    Kind(String domain, String address) {
      this.domain = domain;
      this.address = address;
    }
  }

  /** How a peer runs: its security mode and whether its certificate comes from the trusted CA. */
  record PeerSpec(Kind kind, SecurityMode mode, boolean trustedCertificate) {}

  /** A user of Parley and a user of the peer, both logged in with Smack; closing logs them out. */
  record Users(XMPPTCPConnection parley, XMPPTCPConnection peer) implements AutoCloseable {
    @Override
    public void close() {
      parley.disconnect();
      peer.disconnect();
    }
  }

  static final String PARLEY_DOMAIN = "parley.test";
  private static final String DNS_ADDRESS = "127.0.44.53";
  private static final String PARLEY_ADDRESS = "127.0.44.1";
  private static final int S2S_PORT = 25269;
  private static final Path PEER_LOGS = Path.of("target", "peer-logs").toAbsolutePath();

  private final TestCa ca = TestCa.create("Parley Interop Test CA");
  private final TestCa otherCa = TestCa.create("Some Other CA");
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<Kind, XmppPeer> peers = new EnumMap<>(Kind.class);
  private final Map<Kind, PeerSpec> specs = new EnumMap<>(Kind.class);
  private final Path dir;
  private final Path caFile;
  private final Dnsmasq dns;
  private ParleyNode parley;

  PeerSetup() {
    try {
      dir = Files.createTempDirectory("parley-interop");
      caFile = ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DnsRecords.Builder records =
        DnsRecords.builder()
            .srv("_xmpp-server", PARLEY_DOMAIN, PARLEY_DOMAIN, S2S_PORT, 0, 0)
            .a(PARLEY_DOMAIN, PARLEY_ADDRESS);
    for (Kind kind : Kind.values()) {
      records.srv("_xmpp-server", kind.domain, kind.domain, S2S_PORT, 0, 0);
      records.a(kind.domain, kind.address);
    }
    dns = Dnsmasq.start(DNS_ADDRESS, 53, records.build());
  }

  /** Stops the running Parley node, if any, and starts a fresh one in {@code mode}. */
  ParleyNode parley(SecurityMode mode) {
    stopParley();
    try {
      Path data = Files.createDirectories(dir.resolve("parley-" + counter.incrementAndGet()));
      IssuedCertificate.PemFiles files = ca.issue(PARLEY_DOMAIN).writeTo(data, PARLEY_DOMAIN);
      Path config = data.resolve("parley.yml");
      Files.writeString(config, parleyYaml(mode, files));
      parley = ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
      return parley;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed's modes as Parley runs them here: strict certificates whenever TLS is on; SASL
   * EXTERNAL only in TLS Required, so that TLS Optional authenticates by dialback over TLS.
   */
  private String parleyYaml(SecurityMode mode, IssuedCertificate.PemFiles files) {
    String yaml =
        """
        node: {name: node-interop}
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
          trust-directory: %6$s
          dns-resolvers: ["%7$s"]
          initial:
            enabled: true
            security-mode: %8$s
            dialback-secret: a-long-dialback-secret-for-interop
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

  /** The peer of {@code spec.kind()} running as {@code spec} says, restarted only on a change. */
  XmppPeer peer(PeerSpec spec) {
    XmppPeer running = peers.get(spec.kind());
    if (running != null && spec.equals(specs.get(spec.kind()))) {
      return running;
    }
    if (running != null) {
      peers.remove(spec.kind()).close();
    }
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
    XmppPeer running = peers.remove(spec.kind());
    if (running != null) {
      running.close();
    }
    return peer(spec);
  }

  private PeerConfig peerConfig(PeerSpec spec) {
    String name = spec.kind().name().toLowerCase(java.util.Locale.ROOT);
    PeerConfig.Builder builder =
        PeerConfig.builder(spec.kind().domain)
            .address(spec.kind().address)
            .c2sPort(25222)
            .s2sPort(S2S_PORT)
            .httpPort(25280)
            .mode(spec.mode())
            .dnsServer(new InetSocketAddress(dns.address().getAddress(), 53))
            .logDirectory(PEER_LOGS.resolve(name + "-" + counter.incrementAndGet()));
    if (spec.mode().usesTls()) {
      TestCa issuer = spec.trustedCertificate() ? ca : otherCa;
      Path files = dir.resolve(name + "-" + counter.incrementAndGet());
      IssuedCertificate.PemFiles pem = issuer.issue(spec.kind().domain).writeTo(files, name);
      // The peer always trusts the interop CA, so only its own certificate can be the problem.
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
    parley.accounts().create(BareJid.of("alice" + n, PARLEY_DOMAIN), password.toCharArray(), false);
    peer.register("bob" + n, password);
    XMPPTCPConnection atParley =
        Clients.connect(
            clientConfig(PARLEY_DOMAIN, parley.clientAddresses().get(0), "alice" + n, password)
                .setSecurityMode(ConnectionConfiguration.SecurityMode.required)
                .setCustomX509TrustManager(trustManager()),
            PeerSetup::acceptAll);
    try {
      XMPPTCPConnection atPeer =
          Clients.connect(
              clientConfig(
                      peer.config().domain().domain(),
                      peer.config().c2sAddress(),
                      "bob" + n,
                      password)
                  .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled),
              PeerSetup::acceptAll);
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

  /** The last log lines of every running peer and the DNS queries, for a failure report. */
  String diagnostics() {
    StringBuilder text = new StringBuilder();
    peers.values().forEach(p -> text.append(p.software()).append(":\n").append(p.logTail(120)));
    return text.append("\ndnsmasq:\n").append(dns.log()).toString();
  }

  private void stopParley() {
    if (parley != null) {
      parley.close();
      parley = null;
    }
  }

  @Override
  public void close() {
    stopParley();
    peers.values().forEach(XmppPeer::close);
    peers.clear();
    dns.close();
  }
}

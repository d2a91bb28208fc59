package dev.parley.it;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * Two Parley nodes of different domains ({@code a.test}, {@code b.test}) that find each other
 * through SRV records served by a real dnsmasq, with certificates from a test CA both trust.
 */
final class FederatedPair implements AutoCloseable {
  final TestCa ca = TestCa.create("Parley Federation Test CA");
  final Path dir;
  final Dnsmasq dns;
  final ParleyNode a;
  final ParleyNode b;

  FederatedPair(String mode, boolean strict, boolean saslExternal) {
    try {
      dir = Files.createTempDirectory("parley-federation");
      ca.writeCaTo(Files.createDirectories(dir.resolve("trust")).resolve("ca.pem"));
      int portA = freePort();
      int portB = freePort();
      dns =
          Dnsmasq.start(
              "127.0.0.1",
              DnsRecords.builder()
                  .srv("_xmpp-server", "a.test", "a-host.test", portA, 0, 5)
                  .srv("_xmpp-server", "b.test", "b-host.test", portB, 0, 5)
                  .a("a-host.test", "127.0.0.1")
                  .a("b-host.test", "127.0.0.1")
                  .build());
      a = start("a.test", portA, mode, strict, saslExternal);
      b = start("b.test", portB, mode, strict, saslExternal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ParleyNode start(String domain, int s2sPort, String mode, boolean strict, boolean sasl)
      throws IOException {
    Path data = Files.createDirectories(dir.resolve(domain));
    IssuedCertificate certificate = ca.issue(domain);
    IssuedCertificate.PemFiles files = certificate.writeTo(data, domain);
    String yaml =
        """
        node: {name: node-%1$s}
        domains:
          - name: %1$s
            certificate: %2$s
            key: %3$s
        listeners:
          c2s: {address: 127.0.0.1, port: 0}
          c2s-direct-tls: {enabled: false}
          admin: {address: 127.0.0.1, port: 0}
          s2s: {address: 127.0.0.1, port: %4$d}
        federation:
          trust-directory: %5$s
          dns-resolvers: ["%6$s"]
          initial:
            enabled: true
            security-mode: %7$s
            dialback-secret: a-long-dialback-secret-for-%1$s
        """
                .formatted(
                    domain,
                    files.chain(),
                    files.key(),
                    s2sPort,
                    dir.resolve("trust"),
                    dns.hostPort(),
                    mode)
            + (mode.equals("NO_TLS")
                ? ""
                : """
                    require-valid-certificates: %s
                    sasl-external-incoming: %s
                    sasl-external-outbound: %s
                """
                    .formatted(strict, sasl, sasl));
    Path config = data.resolve("parley.yml");
    Files.writeString(config, yaml);
    return ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  /** A Smack client of {@code node}, trusting the test CA. */
  XMPPTCPConnection login(ParleyNode node, String user, String password) {
    String domain = node.info().domains().iterator().next().domain();
    try {
      return Clients.connect(
          org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration.builder()
              .setXmppDomain(domain)
              .setHostAddress(InetAddress.getByName("127.0.0.1"))
              .setPort(node.clientAddresses().get(0).getPort())
              .setSecurityMode(SecurityMode.required)
              .setCustomX509TrustManager(trustManager())
              .setUsernameAndPassword(user, password)
              .setResource("test"),
          c -> c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    a.close();
    b.close();
    dns.close();
  }
}

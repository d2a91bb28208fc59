package dev.parley.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.function.UnaryOperator;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/** Smack sessions to a node running in a child process, trusting its generated certificate. */
final class StartupClients {
  private StartupClients() {}

  /** Logs in over STARTTLS on {@code port}, trusting {@code <data>/tls/localhost.crt} only. */
  static XMPPTCPConnection login(
      Path dataDir, int port, String user, String password, String resource) {
    try {
      XMPPTCPConnectionConfiguration.Builder builder =
          XMPPTCPConnectionConfiguration.builder()
              .setXmppDomain(TestNode.DOMAIN)
              .setHostAddress(InetAddress.getByName("127.0.0.1"))
              .setPort(port)
              .setSecurityMode(SecurityMode.required)
              .setCustomX509TrustManager(trustManager(dataDir))
              .setUsernameAndPassword(user, password)
              .setResource(resource)
              .setConnectTimeout(10_000);
      return Clients.connect(builder, UnaryOperator.identity());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509TrustManager trustManager(Path dataDir) {
    Path certificate = dataDir.resolve("tls").resolve(TestNode.DOMAIN + ".crt");
    try (InputStream in = Files.newInputStream(certificate)) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry(
          "parley", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      return (X509TrustManager) factory.getTrustManagers()[0];
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust " + certificate, e);
    }
  }
}

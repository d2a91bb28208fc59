package dev.parley.it;

import dev.parley.c2s.C2sSettings;
import dev.parley.node.ConfigLoader;
import dev.parley.node.NodeConfig;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A real Parley node in this JVM: embedded H2 in a temporary directory, real TLS with the generated
 * certificate, every listener on a free port of 127.0.0.1.
 */
final class TestNode implements AutoCloseable {
  static final String DOMAIN = "localhost";
  private final Path dataDir;
  private final ParleyNode node;

  private TestNode(Path dataDir, ParleyNode node) {
    this.dataDir = dataDir;
    this.node = node;
  }

  static TestNode start() {
    return start(C2sSettings.DEFAULT);
  }

  static TestNode start(C2sSettings c2s) {
    return start(c2s, false);
  }

  static TestNode start(C2sSettings c2s, boolean registrationOpen) {
    try {
      Path dataDir = Files.createTempDirectory("parley-it");
      Path config = dataDir.resolve("parley.yml");
      Files.writeString(config, yaml(c2s) + "registration: {open: " + registrationOpen + "}\n");
      NodeConfig loaded = ConfigLoader.load(Optional.of(config), Optional.empty());
      return new TestNode(dataDir, ParleyNode.start(loaded, dataDir));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String yaml(C2sSettings c2s) {
    return """
        domains:
          - name: %s
        listeners:
          c2s: {address: 127.0.0.1, port: 0}
          c2s-direct-tls: {address: 127.0.0.1, port: 0}
          admin: {address: 127.0.0.1, port: 0}
        c2s:
          max-auth-failures: %d
          max-stanza-size: %d
          resumption-timeout: %ds
        offline:
          quota: 5
        """
        .formatted(
            DOMAIN,
            c2s.maxAuthFailures(),
            c2s.limits().maxStanzaBytes(),
            c2s.resumptionTimeout().toSeconds());
  }

  ParleyNode node() {
    return node;
  }

  Path dataDir() {
    return dataDir;
  }

  InetSocketAddress startTlsAddress() {
    return node.clientAddresses().get(0);
  }

  InetSocketAddress directTlsAddress() {
    return node.clientAddresses().get(1);
  }

  /** Creates an account and returns its JID. */
  BareJid user(String local, String password) {
    BareJid jid = BareJid.of(local, DOMAIN);
    node.accounts().create(jid, password.toCharArray(), false);
    return jid;
  }

  /** A trust manager that trusts exactly this node's generated certificate. */
  X509TrustManager trustManager() {
    return (X509TrustManager) trustManagerFactory().getTrustManagers()[0];
  }

  /** An SSL context that trusts exactly this node's generated certificate. */
  SSLContext trustingContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trustManagerFactory().getTrustManagers(), null);
      return context;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private TrustManagerFactory trustManagerFactory() {
    try (var in = Files.newInputStream(dataDir.resolve("tls").resolve(DOMAIN + ".crt"))) {
      X509Certificate certificate =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("parley", certificate);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      return factory;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    node.close();
  }
}

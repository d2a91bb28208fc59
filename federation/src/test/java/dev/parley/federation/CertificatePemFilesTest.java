package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.DomainJid;
import dev.parley.testkit.pki.IssuedCertificate.PemFiles;
import dev.parley.testkit.pki.KeyPurpose;
import dev.parley.testkit.pki.LeafSpec;
import dev.parley.testkit.pki.TestCa;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test CA's PEM files (the chain and PKCS#8 key that Netty's {@code
 * SslContextBuilder.forServer(chain, key)} reads) make working TLS contexts, and the chains two
 * servers present to each other in a real (in-memory) TLS handshake validate, including a
 * serverAuth-only certificate presented as the client of a server-to-server stream. The JDK's own
 * client check would refuse that one, so the accepting side trusts any chain in the handshake and
 * decides with the verifier afterwards.
 */
class CertificatePemFilesTest {
  private static final TestCa CA = TestCa.create("Parley Test CA");

  @Test
  void chainsPresentedInAHandshakeAreTrustedBothWays(@TempDir Path dir) throws Exception {
    TestCa issuing = CA.intermediate("Parley Issuing CA");
    PemFiles receiving = issuing.issue("a.example").writeTo(dir, "a.example");
    PemFiles initiating =
        issuing
            .issue(LeafSpec.forDomain("b.example").withPurpose(KeyPurpose.SERVER_AUTH))
            .writeTo(dir, "b.example");
    Path caFile = CA.writeCaTo(dir.resolve("trust/ca.pem"));

    SSLContext server = context(receiving);
    SSLContext client = context(initiating);
    SSLEngine serverEngine = server.createSSLEngine();
    serverEngine.setUseClientMode(false);
    serverEngine.setNeedClientAuth(true);
    SSLEngine clientEngine = client.createSSLEngine("a.example", 5269);
    clientEngine.setUseClientMode(true);
    handshake(clientEngine, serverEngine);

    var verifier =
        new PkixPeerCertificateVerifier(
            TrustDirectory.load(caFile.getParent()), Map.of(), Clock.systemUTC());
    List<X509Certificate> fromServer = x509(clientEngine.getSession().getPeerCertificates());
    List<X509Certificate> fromClient = x509(serverEngine.getSession().getPeerCertificates());

    assertThat(fromServer).hasSize(2);
    assertThat(verifier.verify(fromServer, DomainJid.of("a.example")).trusted()).isTrue();
    assertThat(fromClient.getFirst().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(verifier.verify(fromClient, DomainJid.of("b.example")).trusted()).isTrue();
  }

  /**
   * A TLS context from the PEM files exactly as written for Netty, Prosody and ejabberd: the chain
   * file and the unencrypted PKCS#8 key file. It accepts any peer chain in the handshake, as the
   * federation code does, so that the verifier alone decides.
   */
  private static SSLContext context(PemFiles files) throws Exception {
    List<X509Certificate> chain = TrustDirectory.readPem(files.chain());
    String base64 = Files.readString(files.key()).replaceAll("-----[A-Z ]+-----|\\s", "");
    PrivateKey key =
        KeyFactory.getInstance(chain.getFirst().getPublicKey().getAlgorithm())
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("leaf", key, new char[0], chain.toArray(Certificate[]::new));
    KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
    keys.init(store, new char[0]);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), new TrustManager[] {new AcceptAnyChain()}, null);
    return context;
  }

  /** Leaves every decision to the verifier after the handshake. */
  private static final class AcceptAnyChain implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static List<X509Certificate> x509(Certificate[] chain) {
    return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
  }

  /** Pumps TLS records between two engines until both finish the handshake. */
  private static void handshake(SSLEngine client, SSLEngine server) throws Exception {
    ByteBuffer toServer = ByteBuffer.allocate(1 << 17);
    ByteBuffer toClient = ByteBuffer.allocate(1 << 17);
    ByteBuffer application = ByteBuffer.allocate(1 << 17);
    client.beginHandshake();
    server.beginHandshake();
    for (int round = 0; round < 100 && !(finished(client) && finished(server)); round++) {
      step(client, toClient, toServer, application);
      step(server, toServer, toClient, application);
    }
    assertThat(finished(client) && finished(server)).as("handshake finished").isTrue();
  }

  private static void step(SSLEngine engine, ByteBuffer in, ByteBuffer out, ByteBuffer app)
      throws Exception {
    engine.wrap(ByteBuffer.allocate(0), out);
    runTasks(engine);
    in.flip();
    engine.unwrap(in, app);
    in.compact();
    runTasks(engine);
  }

  private static void runTasks(SSLEngine engine) {
    Runnable task;
    while ((task = engine.getDelegatedTask()) != null) {
      task.run();
    }
  }

  private static boolean finished(SSLEngine engine) {
    HandshakeStatus status = engine.getHandshakeStatus();
    return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
  }
}

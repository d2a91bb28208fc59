package dev.parley.bench.load;

import dev.parley.transport.TlsContexts;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.OpenSslSessionContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS context of the load clients: trust the CA certificates of one PEM file, or, for a quick
 * benchmark against a self-signed node, trust any certificate. Trusting everything is acceptable
 * only because the load tool carries nothing but generated test traffic.
 *
 * <p>{@link #context} still returns a JDK {@link SSLContext} (the comparison's workloads pass it
 * around), but one that remembers its trust manager, so {@link #forNetty} can build the OpenSSL
 * (BoringSSL) client context the clients really use from it.
 */
public final class Trust {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private Trust() {}

  /** A context trusting the certificates in {@code caPem}, or anything when it is empty. */
  public static SSLContext context(Optional<Path> caPem) {
    try {
      X509TrustManager manager = caPem.isPresent() ? fromPem(caPem.get()) : new TrustAll();
      return TrustingContext.of(manager);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS context: " + e.getMessage(), e);
    }
  }

  /**
   * The Netty client context for {@code context}: OpenSSL with the same trust when it came from
   * {@link #context} (built once per context), the JDK engine over {@code context} otherwise.
   */
  public static SslContext forNetty(SSLContext context) {
    if (context instanceof TrustingContext trusting) {
      return trusting.netty();
    }
    return new JdkSslContext(
        context,
        true,
        null,
        IdentityCipherSuiteFilter.INSTANCE,
        null,
        ClientAuth.NONE,
        null,
        false);
  }

  /** An OpenSSL (or, without the native library, JDK) client context trusting {@code manager}. */
  static SslContext openSsl(X509TrustManager manager) {
    try {
      SslContext context =
          SslContextBuilder.forClient()
              .sslProvider(TlsContexts.PROVIDER)
              .protocols(PROTOCOLS)
              .trustManager(new KnownChains(manager))
              .build();
      if (context.sessionContext() instanceof OpenSslSessionContext sessions) {
        // Every login is a full handshake (the login workload's definition): no resumption.
        sessions.setSessionCacheEnabled(false);
      }
      return context;
    } catch (SSLException e) {
      throw new IllegalStateException("cannot build the client TLS context: " + e.getMessage(), e);
    }
  }

  private static X509TrustManager fromPem(Path file) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(file)) {
      store.load(null, null);
      int n = 0;
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca" + n++, certificate);
      }
      if (n == 0) {
        throw new IllegalArgumentException("no certificate in " + file);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager for " + file);
  }

  /** Accepts every server certificate: load traffic only, never user data. */
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // A client never checks clients.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Deliberately trusting: see the class comment.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}

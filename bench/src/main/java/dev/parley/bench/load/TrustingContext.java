package dev.parley.bench.load;

import io.netty.handler.ssl.SslContext;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A JDK {@link SSLContext} (delegating to a real one) that keeps its trust manager, so the load
 * clients can build an OpenSSL context with the same trust: a JDK context does not expose it.
 */
final class TrustingContext extends SSLContext {
  private final X509TrustManager trust;
  private SslContext netty;

  private TrustingContext(Delegate spi, SSLContext delegate, X509TrustManager trust) {
    super(spi, delegate.getProvider(), delegate.getProtocol());
    this.trust = trust;
  }

  static TrustingContext of(X509TrustManager trust)
      throws NoSuchAlgorithmException, KeyManagementException {
    SSLContext delegate = SSLContext.getInstance("TLS");
    delegate.init(null, new TrustManager[] {trust}, null);
    return new TrustingContext(new Delegate(delegate), delegate, trust);
  }

  /** The OpenSSL client context with this trust, built on first use. */
  synchronized SslContext netty() {
    if (netty == null) {
      netty = Trust.openSsl(trust);
    }
    return netty;
  }

  /** Forwards every operation to the initialised JDK context. */
  private static final class Delegate extends SSLContextSpi {
    private final SSLContext delegate;

    Delegate(SSLContext delegate) {
      this.delegate = delegate;
    }

    @Override
    protected void engineInit(KeyManager[] keys, TrustManager[] trusts, SecureRandom random)
        throws KeyManagementException {
      delegate.init(keys, trusts, random);
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return delegate.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return delegate.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return delegate.createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return delegate.createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return delegate.getClientSessionContext();
    }
  }
}

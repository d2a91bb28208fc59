package dev.parley.bench.load;

import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Validates each distinct server chain once, then accepts the very same chain (byte for byte)
 * without a new PKIX validation. A login benchmark sees one chain thousands of times a second, and
 * the profile showed its validation at about a third of the tool's CPU per login; the first
 * validation still refuses an untrusted chain, and a changed chain is validated again.
 */
final class KnownChains extends X509ExtendedTrustManager {
  private static final int MAX_CHAINS = 64;

  private final X509TrustManager delegate;
  private final Set<Chain> trusted = ConcurrentHashMap.newKeySet();

  KnownChains(X509TrustManager delegate) {
    this.delegate = delegate;
  }

  /** The DER bytes of a chain and the key exchange it was checked for. */
  private record Chain(String authType, byte[][] der) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Chain that
          && authType.equals(that.authType)
          && Arrays.deepEquals(der, that.der);
    }

    @Override
    public int hashCode() {
      return 31 * authType.hashCode() + Arrays.deepHashCode(der);
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    Chain key = key(chain, authType);
    if (trusted.contains(key)) {
      return;
    }
    delegate.checkServerTrusted(chain, authType);
    if (trusted.size() < MAX_CHAINS) {
      trusted.add(key);
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  private static Chain key(X509Certificate[] chain, String authType)
      throws CertificateEncodingException {
    byte[][] der = new byte[chain.length][];
    for (int i = 0; i < chain.length; i++) {
      der[i] = chain[i].getEncoded();
    }
    return new Chain(authType, der);
  }
}

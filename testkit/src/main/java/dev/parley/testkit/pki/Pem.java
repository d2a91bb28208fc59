package dev.parley.testkit.pki;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** RFC 7468 text encoding of certificates and PKCS#8 private keys. */
final class Pem {
  private static final Base64.Encoder BASE64 =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private Pem() {}

  static String certificates(List<X509Certificate> certificates) {
    StringBuilder text = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      try {
        text.append(block("CERTIFICATE", certificate.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new TestPkiException("cannot encode " + certificate.getSubjectX500Principal(), e);
      }
    }
    return text.toString();
  }

  /** The key as unencrypted PKCS#8 ("PRIVATE KEY"), the form Netty's SslContextBuilder reads. */
  static String privateKey(PrivateKey key) {
    if (!"PKCS#8".equals(key.getFormat())) {
      throw new TestPkiException("expected a PKCS#8 key, got " + key.getFormat());
    }
    return block("PRIVATE KEY", key.getEncoded());
  }

  private static String block(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + BASE64.encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }
}

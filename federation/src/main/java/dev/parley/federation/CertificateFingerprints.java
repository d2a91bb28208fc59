package dev.parley.federation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of certificates (of the whole DER encoding, as {@code openssl x509
 * -fingerprint -sha256} prints them), used to pin a peer's certificate to its domain.
 */
public final class CertificateFingerprints {
  private static final Pattern SEPARATORS = Pattern.compile("[:\\s]");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private CertificateFingerprints() {}

  /** The SHA-256 fingerprint as 64 lower-case hex digits without separators. */
  public static String sha256(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("the certificate cannot be encoded", e);
    }
  }

  /**
   * A configured fingerprint in the form {@link #sha256} returns: colons and spaces removed, lower
   * case ({@code AB:CD:...} and {@code abcd...} are the same pin).
   *
   * @throws IllegalArgumentException if it is not 32 bytes of hex
   */
  public static String normalize(String fingerprint) {
    String hex = SEPARATORS.matcher(fingerprint).replaceAll("").toLowerCase(Locale.ROOT);
    if (!SHA256_HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "not a SHA-256 fingerprint (64 hex digits, colons allowed): " + fingerprint);
    }
    return hex;
  }

  /** Whether the certificate's SHA-256 fingerprint is {@code fingerprint} (any accepted form). */
  public static boolean matches(X509Certificate certificate, String fingerprint) {
    return MessageDigest.isEqual(
        sha256(certificate).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        normalize(fingerprint).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}

package dev.parley.federation;

/** What strict validation says about a peer's certificate for one domain (RFC 6125). */
public sealed interface CertificateVerdict {

  /** The chain leads to a trusted root (or the pinned fingerprint matched) and names the domain. */
  record Trusted(String subject, String issuer, java.time.Instant notAfter, String how)
      implements CertificateVerdict {}

  /**
   * Not acceptable under strict validation. {@code reason} is a stable code: {@code
   * cert-untrusted}, {@code cert-name-mismatch}, {@code cert-expired}, {@code cert-not-yet-valid},
   * {@code cert-missing}, {@code cert-pin-mismatch}.
   */
  record Untrusted(String reason, String text) implements CertificateVerdict {}

  default boolean trusted() {
    return this instanceof Trusted;
  }
}

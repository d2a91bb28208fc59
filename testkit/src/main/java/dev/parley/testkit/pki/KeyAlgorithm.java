package dev.parley.testkit.pki;

/** The key pair a test certificate is made with. */
public enum KeyAlgorithm {
  /** ECDSA on NIST P-256, signed with SHA256withECDSA: fast to generate, the default. */
  EC_P256("EC", "SHA256withECDSA"),
  /** RSA 2048 bits, signed with SHA256withRSA, for peers or tests that need RSA. */
  RSA_2048("RSA", "SHA256withRSA");

  private final String keyType;
  private final String signatureAlgorithm;

  KeyAlgorithm(String keyType, String signatureAlgorithm) {
    this.keyType = keyType;
    this.signatureAlgorithm = signatureAlgorithm;
  }

  /** The JCA key pair generator name. */
  public String keyType() {
    return keyType;
  }

  /** The JCA signature algorithm a key of this kind signs with. */
  public String signatureAlgorithm() {
    return signatureAlgorithm;
  }
}

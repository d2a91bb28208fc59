package dev.parley.store;

/** The SCRAM variants a credential is stored for (RFC 5802, RFC 7677). */
public enum ScramMechanism {
  SCRAM_SHA_1("SCRAM-SHA-1", "HmacSHA1", "SHA-1", "PBKDF2WithHmacSHA1", 20),
  SCRAM_SHA_256("SCRAM-SHA-256", "HmacSHA256", "SHA-256", "PBKDF2WithHmacSHA256", 32);

  private final String saslName;
  private final String hmac;
  private final String digest;
  private final String pbkdf2;
  private final int keyLength;

  ScramMechanism(String saslName, String hmac, String digest, String pbkdf2, int keyLength) {
    this.saslName = saslName;
    this.hmac = hmac;
    this.digest = digest;
    this.pbkdf2 = pbkdf2;
    this.keyLength = keyLength;
  }

  public String saslName() {
    return saslName;
  }

  public String hmacAlgorithm() {
    return hmac;
  }

  public String digestAlgorithm() {
    return digest;
  }

  public String pbkdf2Algorithm() {
    return pbkdf2;
  }

  public int keyLength() {
    return keyLength;
  }
}

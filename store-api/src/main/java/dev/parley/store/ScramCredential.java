package dev.parley.store;

/**
 * A salted SCRAM verifier (RFC 5802 §3): what the server keeps instead of a password. Byte values
 * are Base64 so that the record has value semantics.
 */
public record ScramCredential(
    ScramMechanism mechanism, String salt, int iterations, String storedKey, String serverKey) {

  public ScramCredential {
    if (iterations < 4096) {
      throw new IllegalArgumentException("SCRAM iteration count below 4096 (RFC 7677)");
    }
  }
}

package dev.parley.auth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Supplies the server's part of a SCRAM nonce (RFC 5802 §5.1 {@code r=}). Production code uses
 * {@link #secure}; tests inject fixed values to replay the RFC examples.
 */
@FunctionalInterface
public interface NonceSource {

  /** Bytes of randomness in a server nonce. */
  int NONCE_BYTES = 24;

  /** A fresh nonce of printable ASCII without commas (RFC 5802 §7 {@code printable}). */
  String next();

  /** Base64 of {@value #NONCE_BYTES} bytes from {@code random}. */
  static NonceSource secure(SecureRandom random) {
    return () -> {
      byte[] bytes = new byte[NONCE_BYTES];
      random.nextBytes(bytes);
      return Base64.getEncoder().encodeToString(bytes);
    };
  }
}

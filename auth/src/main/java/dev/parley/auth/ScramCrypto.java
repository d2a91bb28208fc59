package dev.parley.auth;

import dev.parley.store.ScramMechanism;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM primitives of RFC 5802 §2.2 ({@code HMAC}, {@code H}, {@code Hi}, {@code XOR}) for one
 * hash family. Pure functions; every algorithm used is mandatory in every Java platform, so a
 * missing one is a broken JDK and is reported as an {@link IllegalStateException}.
 */
final class ScramCrypto {
  private static final byte[] CLIENT_KEY = {'C', 'l', 'i', 'e', 'n', 't', ' ', 'K', 'e', 'y'};
  private static final byte[] SERVER_KEY = {'S', 'e', 'r', 'v', 'e', 'r', ' ', 'K', 'e', 'y'};

  private ScramCrypto() {}

  /**
   * {@code Hi(str, salt, i)} of RFC 5802 §2.2, which is PBKDF2 with one output block. It is written
   * out rather than taken from {@code SecretKeyFactory} because that route takes the password as
   * {@code char[]} and encodes it itself, while SCRAM hashes the UTF-8 of the SASLprepped string:
   * here the caller controls (and wipes) exactly those bytes. It is also about a third faster.
   */
  static byte[] hi(ScramMechanism mechanism, byte[] password, byte[] salt, int iterations) {
    Mac mac = mac(mechanism, password);
    mac.update(salt);
    mac.update(new byte[] {0, 0, 0, 1}); // INT(1): the first (and only) PBKDF2 block
    byte[] u = mac.doFinal();
    byte[] result = u.clone();
    try {
      for (int i = 1; i < iterations; i++) {
        mac.update(u);
        mac.doFinal(u, 0);
        for (int j = 0; j < result.length; j++) {
          result[j] ^= u[j];
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC output buffer too short", e);
    }
    return result;
  }

  static byte[] hmac(ScramMechanism mechanism, byte[] key, byte[] data) {
    return mac(mechanism, key).doFinal(data);
  }

  static byte[] hash(ScramMechanism mechanism, byte[] data) {
    try {
      return MessageDigest.getInstance(mechanism.digestAlgorithm()).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + mechanism.digestAlgorithm(), e);
    }
  }

  static byte[] clientKey(ScramMechanism mechanism, byte[] saltedPassword) {
    return hmac(mechanism, saltedPassword, CLIENT_KEY);
  }

  static byte[] serverKey(ScramMechanism mechanism, byte[] saltedPassword) {
    return hmac(mechanism, saltedPassword, SERVER_KEY);
  }

  static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }

  private static Mac mac(ScramMechanism mechanism, byte[] key) {
    try {
      Mac mac = Mac.getInstance(mechanism.hmacAlgorithm());
      mac.init(new SecretKeySpec(key, mechanism.hmacAlgorithm()));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("cannot initialize " + mechanism.hmacAlgorithm(), e);
    }
  }
}

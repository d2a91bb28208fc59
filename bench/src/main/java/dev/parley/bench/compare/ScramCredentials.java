package dev.parley.bench.compare;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * SCRAM-SHA-1 server credentials (RFC 5802 §3): StoredKey = H(HMAC(SaltedPassword, "Client Key")),
 * ServerKey = HMAC(SaltedPassword, "Server Key"), SaltedPassword = Hi(password, salt, i).
 *
 * @param salt the salt, used as its UTF-8 bytes (Prosody stores a UUID string)
 * @param iterations the iteration count
 * @param storedKeyHex StoredKey, lower-case hex
 * @param serverKeyHex ServerKey, lower-case hex
 */
public record ScramCredentials(
    String salt, int iterations, String storedKeyHex, String serverKeyHex) {

  /** Derives the credentials of {@code password}. */
  public static ScramCredentials sha1(String password, String salt, int iterations) {
    try {
      PBEKeySpec spec =
          new PBEKeySpec(
              password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 160);
      byte[] salted =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();
      byte[] clientKey = hmac(salted, "Client Key");
      byte[] storedKey = MessageDigest.getInstance("SHA-1").digest(clientKey);
      HexFormat hex = HexFormat.of();
      return new ScramCredentials(
          salt, iterations, hex.formatHex(storedKey), hex.formatHex(hmac(salted, "Server Key")));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA1", e);
    }
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(key, "HmacSHA1"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}

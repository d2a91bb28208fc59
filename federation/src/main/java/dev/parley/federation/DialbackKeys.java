package dev.parley.federation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Dialback keys as XEP-0185 §3 recommends: HMAC-SHA256 keyed with the hex SHA-256 of the secret,
 * over "receiving originating stream-id". Every node of a cluster shares the secret, so any node
 * can answer a verification.
 */
public final class DialbackKeys {
  private final byte[] hmacKey;

  public DialbackKeys(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      this.hmacKey = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The key the originating server sends in {@code <db:result/>}. */
  public String key(String receiving, String originating, String streamId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
      byte[] out =
          mac.doFinal(
              (receiving + ' ' + originating + ' ' + streamId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** Constant-time check of a key a peer asks us to verify. */
  public boolean matches(String key, String receiving, String originating, String streamId) {
    byte[] expected = key(receiving, originating, streamId).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, key.trim().getBytes(StandardCharsets.US_ASCII));
  }
}

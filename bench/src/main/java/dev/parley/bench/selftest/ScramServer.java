package dev.parley.bench.selftest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-1 (RFC 5802) for the echo endpoint, where every account has the same
 * password: StoredKey and ServerKey are derived once, so a login costs the endpoint a few HMACs,
 * like a real server that keeps the keys (RFC 5802 §5).
 */
public final class ScramServer {
  private static final String HMAC = "HmacSHA1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] salt;
  private final int iterations;
  private final byte[] storedKey;
  private final byte[] serverKey;

  /** Derives the keys of {@code password} with a random salt and {@code iterations}. */
  public ScramServer(String password, int iterations) {
    this.salt = new byte[16];
    RANDOM.nextBytes(salt);
    this.iterations = iterations;
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 160);
      byte[] salted =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();
      this.storedKey = MessageDigest.getInstance("SHA-1").digest(hmac(salted, "Client Key"));
      this.serverKey = hmac(salted, "Server Key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks SHA-1 or PBKDF2", e);
    }
  }

  /**
   * Answers a client-first-message ({@code n,,n=user,r=nonce}) with the server-first-message.
   *
   * @throws IllegalArgumentException when the message is not a SCRAM client-first-message
   */
  public Exchange begin(String clientFirst) {
    if (!clientFirst.startsWith("n,,")) {
      throw new IllegalArgumentException("channel binding or bad GS2 header: " + clientFirst);
    }
    String bare = clientFirst.substring(3);
    String clientNonce = fields(bare).get('r');
    if (clientNonce == null || fields(bare).get('n') == null) {
      throw new IllegalArgumentException("no user or nonce in " + clientFirst);
    }
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    String nonce = clientNonce + Base64.getEncoder().encodeToString(random);
    String serverFirst =
        "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=" + iterations;
    return new Exchange(bare, serverFirst, nonce);
  }

  /**
   * One login in progress.
   *
   * @param clientFirstBare the client's first message without the GS2 header
   * @param serverFirst the challenge sent
   * @param nonce the combined nonce the client must echo
   */
  public record Exchange(String clientFirstBare, String serverFirst, String nonce) {}

  /**
   * Checks the client-final-message of {@code exchange}; returns the server-final-message ({@code
   * v=signature}) when the proof is right, empty when it is not (RFC 5802 §3).
   */
  public Optional<String> finish(Exchange exchange, String clientFinal) {
    int proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0 || !exchange.nonce().equals(fields(clientFinal).get('r'))) {
      return Optional.empty();
    }
    String authMessage =
        exchange.clientFirstBare()
            + ","
            + exchange.serverFirst()
            + ","
            + clientFinal.substring(0, proofAt);
    try {
      byte[] proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
      byte[] signature = hmac(storedKey, authMessage);
      if (proof.length != signature.length) {
        return Optional.empty();
      }
      byte[] clientKey = new byte[proof.length];
      for (int i = 0; i < proof.length; i++) {
        clientKey[i] = (byte) (proof[i] ^ signature[i]);
      }
      if (!MessageDigest.isEqual(storedKey, MessageDigest.getInstance("SHA-1").digest(clientKey))) {
        return Optional.empty();
      }
      return Optional.of("v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(HMAC);
    mac.init(new SecretKeySpec(key, HMAC));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<Character, String> fields(String message) {
    Map<Character, String> fields = new HashMap<>();
    for (String part : message.split(",")) {
      if (part.length() >= 2 && part.charAt(1) == '=') {
        fields.put(part.charAt(0), part.substring(2));
      }
    }
    return fields;
  }
}

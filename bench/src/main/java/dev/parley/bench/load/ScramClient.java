package dev.parley.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of SCRAM (RFC 5802) with SHA-1 or SHA-256 (RFC 7677), without channel binding
 * ({@code n,,}). The load tool logs in thousands of accounts, so this is the cheapest correct form:
 * one PBKDF2 per login, as the RFC requires.
 */
public final class ScramClient implements SaslClient {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String GS2_HEADER = "n,,";

  /**
   * SaltedPassword by (hash, password, salt, iterations). RFC 5802 §5.1 lets a client cache it; the
   * load tool does, so that a login benchmark measures the server's PBKDF2-free SCRAM work and the
   * TLS handshake rather than the tool's own 4096 HMAC rounds per login.
   */
  private static final Map<String, byte[]> SALTED = new ConcurrentHashMap<>();

  private final String mechanism;
  private final String hmac;
  private final String digest;
  private final String username;
  private final String password;
  private final String clientNonce;
  private String clientFirstBare;
  private byte[] expectedServerSignature;

  ScramClient(
      String mechanism,
      String hmac,
      String digest,
      String username,
      String password,
      String clientNonce) {
    this.mechanism = mechanism;
    this.hmac = hmac;
    this.digest = digest;
    this.username = username;
    this.password = password;
    this.clientNonce = clientNonce;
  }

  static ScramClient sha1(String username, String password) {
    return new ScramClient("SCRAM-SHA-1", "HmacSHA1", "SHA-1", username, password, nonce());
  }

  static ScramClient sha256(String username, String password) {
    return new ScramClient("SCRAM-SHA-256", "HmacSHA256", "SHA-256", username, password, nonce());
  }

  private static String nonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public String mechanism() {
    return mechanism;
  }

  @Override
  public byte[] initialResponse() {
    // RFC 5802 §5.1: "=" and "," in the username are escaped as =3D and =2C.
    String name = username.replace("=", "=3D").replace(",", "=2C");
    clientFirstBare = "n=" + name + ",r=" + clientNonce;
    return (GS2_HEADER + clientFirstBare).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] respond(byte[] challenge) {
    String serverFirst = new String(challenge, StandardCharsets.UTF_8);
    Map<Character, String> fields = fields(serverFirst);
    String nonce = fields.get('r');
    if (nonce == null || !nonce.startsWith(clientNonce) || !fields.containsKey('s')) {
      throw new SaslFailure("bad SCRAM server-first-message: " + serverFirst);
    }
    int iterations = Integer.parseInt(fields.getOrDefault('i', "0"));
    if (iterations < 1) {
      throw new SaslFailure("bad SCRAM iteration count in " + serverFirst);
    }
    byte[] salt = Base64.getDecoder().decode(fields.get('s'));
    String withoutProof =
        "c="
            + Base64.getEncoder().encodeToString(GS2_HEADER.getBytes(StandardCharsets.UTF_8))
            + ",r="
            + nonce;
    String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
    try {
      byte[] salted = salted(salt, iterations);
      byte[] clientKey = hmac(salted, "Client Key");
      byte[] storedKey = MessageDigest.getInstance(digest).digest(clientKey);
      byte[] signature = hmac(storedKey, authMessage);
      byte[] proof = new byte[clientKey.length];
      for (int i = 0; i < proof.length; i++) {
        proof[i] = (byte) (clientKey[i] ^ signature[i]);
      }
      expectedServerSignature = hmac(hmac(salted, "Server Key"), authMessage);
      return (withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof))
          .getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + hmac, e);
    }
  }

  @Override
  public void verifySuccess(byte[] additionalData) {
    String serverFinal = new String(additionalData, StandardCharsets.UTF_8);
    String verifier = fields(serverFinal).get('v');
    if (expectedServerSignature == null
        || verifier == null
        || !MessageDigest.isEqual(expectedServerSignature, Base64.getDecoder().decode(verifier))) {
      throw new SaslFailure("the server's SCRAM signature does not match: " + serverFinal);
    }
  }

  private byte[] salted(byte[] salt, int iterations) throws GeneralSecurityException {
    String key =
        hmac
            + '\0'
            + password
            + '\0'
            + Base64.getEncoder().encodeToString(salt)
            + '\0'
            + iterations;
    byte[] cached = SALTED.get(key);
    if (cached == null) {
      cached = hi(salt, iterations);
      SALTED.put(key, cached);
    }
    return cached.clone();
  }

  private byte[] hi(byte[] salt, int iterations) throws GeneralSecurityException {
    // Hi() of RFC 5802 §2.2 is PBKDF2 with the HMAC as PRF and one block of output.
    int bits = MessageDigest.getInstance(digest).getDigestLength() * 8;
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
    return SecretKeyFactory.getInstance("PBKDF2With" + hmac).generateSecret(spec).getEncoded();
  }

  private byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(hmac);
    mac.init(new SecretKeySpec(key, hmac));
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

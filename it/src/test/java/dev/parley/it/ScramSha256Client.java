package dev.parley.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** The client side of SCRAM-SHA-256 (RFC 5802, RFC 7677), written from the RFCs for tests. */
final class ScramSha256Client {
  private final String user;
  private final String password;
  private final String nonce;
  private String clientFirstBare;
  private byte[] serverSignature;

  ScramSha256Client(String user, String password) {
    this.user = user;
    this.password = password;
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    this.nonce = Base64.getEncoder().encodeToString(random);
  }

  String clientFirst() {
    clientFirstBare = "n=" + user + ",r=" + nonce;
    return "n,," + clientFirstBare;
  }

  String clientFinal(String serverFirst) throws GeneralSecurityException {
    Map<String, String> fields = new HashMap<>();
    for (String part : serverFirst.split(",")) {
      fields.put(part.substring(0, 1), part.substring(2));
    }
    String combinedNonce = fields.get("r");
    if (!combinedNonce.startsWith(nonce)) {
      throw new GeneralSecurityException("server nonce does not extend ours");
    }
    byte[] salt = Base64.getDecoder().decode(fields.get("s"));
    int iterations = Integer.parseInt(fields.get("i"));
    SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    byte[] salted =
        pbkdf2
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
            .getEncoded();
    byte[] clientKey = hmac(salted, "Client Key");
    byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
    String withoutProof = "c=biws,r=" + combinedNonce;
    String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
    byte[] signature = hmac(storedKey, authMessage);
    byte[] proof = new byte[clientKey.length];
    for (int i = 0; i < proof.length; i++) {
      proof[i] = (byte) (clientKey[i] ^ signature[i]);
    }
    serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
  }

  /** Checks the server's {@code v=} proof that it knows the credential too. */
  boolean verifyServer(String serverFinal) {
    return serverFinal.startsWith("v=")
        && MessageDigest.isEqual(
            serverSignature, Base64.getDecoder().decode(serverFinal.substring(2)));
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}

package dev.parley.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.parley.store.ScramMechanism;
import java.util.Base64;

/**
 * The client side of SCRAM written straight from RFC 5802 §3, to drive the server in tests. It
 * deliberately shares only {@link ScramCrypto} with the server (whose primitives the RFC test
 * vectors pin down).
 */
final class ScramTestClient {
  private final ScramMechanism mechanism;
  private final String gs2Header;
  private final String clientFirstBare;
  private final String password;
  private String authMessage;
  private byte[] saltedPassword;

  ScramTestClient(
      ScramMechanism mechanism, String gs2Header, String username, String nonce, String password) {
    this.mechanism = mechanism;
    this.gs2Header = gs2Header;
    this.clientFirstBare = "n=" + username.replace("=", "=3D").replace(",", "=2C") + ",r=" + nonce;
    this.password = password;
  }

  static ScramTestClient of(ScramMechanism mechanism, String user, String nonce, String password) {
    return new ScramTestClient(mechanism, "n,,", user, nonce, password);
  }

  byte[] clientFirst() {
    return (gs2Header + clientFirstBare).getBytes(UTF_8);
  }

  /** The client-final-message for this server-first-message. */
  byte[] clientFinal(byte[] serverFirstBytes) {
    String serverFirst = new String(serverFirstBytes, UTF_8);
    String[] parts = serverFirst.split(",");
    String nonce = parts[0].substring(2);
    byte[] salt = Base64.getDecoder().decode(parts[1].substring(2));
    int iterations = Integer.parseInt(parts[2].substring(2));
    String withoutProof =
        "c=" + Base64.getEncoder().encodeToString(gs2Header.getBytes(UTF_8)) + ",r=" + nonce;
    authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
    saltedPassword = ScramCrypto.hi(mechanism, password.getBytes(UTF_8), salt, iterations);
    byte[] clientKey = ScramCrypto.clientKey(mechanism, saltedPassword);
    byte[] storedKey = ScramCrypto.hash(mechanism, clientKey);
    byte[] signature = ScramCrypto.hmac(mechanism, storedKey, authMessage.getBytes(UTF_8));
    byte[] proof = ScramCrypto.xor(clientKey, signature);
    return (withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof)).getBytes(UTF_8);
  }

  /** The v= value the server must send. */
  String expectedServerFinal() {
    byte[] serverKey = ScramCrypto.serverKey(mechanism, saltedPassword);
    byte[] signature = ScramCrypto.hmac(mechanism, serverKey, authMessage.getBytes(UTF_8));
    return "v=" + Base64.getEncoder().encodeToString(signature);
  }
}

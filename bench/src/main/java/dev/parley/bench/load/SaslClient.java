package dev.parley.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * The client side of one SASL exchange (RFC 6120 §6): the initial response, the answer to each
 * challenge, and the check of the server's final data.
 */
public sealed interface SaslClient permits SaslClient.Plain, ScramClient {

  /** The mechanism name sent in {@code <auth mechanism='...'>}. */
  String mechanism();

  /** The initial response, sent inside {@code <auth/>}. */
  byte[] initialResponse();

  /** The response to a server challenge. */
  byte[] respond(byte[] challenge);

  /**
   * Checks the additional data of {@code <success/>} (SCRAM's server signature).
   *
   * @throws SaslFailure when the server could not prove it knows the password
   */
  void verifySuccess(byte[] additionalData);

  /** A new client for the mechanism named {@code mechanism} and these credentials. */
  static SaslClient create(String mechanism, String username, String password) {
    return switch (mechanism) {
      case "PLAIN" -> new Plain(username, password);
      case "SCRAM-SHA-1" -> ScramClient.sha1(username, password);
      case "SCRAM-SHA-256" -> ScramClient.sha256(username, password);
      default -> throw new IllegalArgumentException("unsupported SASL mechanism " + mechanism);
    };
  }

  /** SASL PLAIN (RFC 4616): only ever over TLS outside a benchmark. */
  record Plain(String username, String password) implements SaslClient {
    @Override
    public String mechanism() {
      return "PLAIN";
    }

    @Override
    public byte[] initialResponse() {
      return ("\0" + username + "\0" + password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] respond(byte[] challenge) {
      throw new SaslFailure("PLAIN has no challenges");
    }

    @Override
    public void verifySuccess(byte[] additionalData) {
      // Nothing to verify: PLAIN's server proves nothing.
    }
  }

  /** The exchange failed or the server's proof was wrong. */
  final class SaslFailure extends RuntimeException {
    public SaslFailure(String message) {
      super(message);
    }
  }
}

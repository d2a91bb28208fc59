package dev.parley.auth;

import java.util.Base64;
import java.util.Optional;

/**
 * Parsers for the two client messages of RFC 5802 §7. They check the grammar only; what the values
 * mean (does the nonce match, is the authzid allowed) is the mechanism's business.
 */
final class ScramMessages {

  /**
   * {@code client-first-message}.
   *
   * @param gs2Header the header exactly as sent, for the channel-binding check
   * @param authzid the decoded {@code a=} value, empty when absent
   * @param username the decoded {@code n=} value
   * @param clientNonce the {@code r=} value
   * @param bare {@code client-first-message-bare}, part of the AuthMessage
   */
  record ClientFirst(
      String gs2Header,
      Optional<String> authzid,
      String username,
      String clientNonce,
      String bare) {}

  /**
   * {@code client-final-message}.
   *
   * @param channelBinding the decoded {@code c=} value
   * @param nonce the {@code r=} value
   * @param proof the decoded {@code p=} value
   * @param withoutProof {@code client-final-message-without-proof}, part of the AuthMessage
   */
  record ClientFinal(byte[] channelBinding, String nonce, byte[] proof, String withoutProof) {}

  private ScramMessages() {}

  static ClientFirst parseClientFirst(String message) {
    // gs2-header = gs2-cbind-flag "," [ authzid ] ","
    if (message.startsWith("p=")) {
      // We offer no -PLUS variant, so a client asking for channel binding is confused or attacked.
      throw malformed("channel binding is not offered here; use a mechanism without -PLUS");
    }
    if (!message.startsWith("n,") && !message.startsWith("y,")) {
      throw malformed("bad GS2 header");
    }
    int headerEnd = message.indexOf(',', 2);
    if (headerEnd < 0) {
      throw malformed("bad GS2 header");
    }
    String authzidField = message.substring(2, headerEnd);
    Optional<String> authzid = Optional.empty();
    // An empty "a=" is not valid saslname syntax, but it plainly means "no authzid": accept it.
    if (!authzidField.isEmpty() && !authzidField.equals("a=")) {
      if (!authzidField.startsWith("a=")) {
        throw malformed("bad authzid in GS2 header");
      }
      authzid = Optional.of(decodeSaslName(authzidField.substring(2)));
    }
    String bare = message.substring(headerEnd + 1);
    String[] attributes = bare.split(",", -1);
    if (attributes[0].startsWith("m=")) {
      throw malformed("mandatory SCRAM extensions are not supported"); // RFC 5802 §5.1
    }
    if (attributes.length < 2
        || !attributes[0].startsWith("n=")
        || !attributes[1].startsWith("r=")) {
      throw malformed("client-first-message needs n= and r=");
    }
    String nonce = attributes[1].substring(2);
    requirePrintable(nonce);
    String username = decodeSaslName(attributes[0].substring(2));
    return new ClientFirst(message.substring(0, headerEnd + 1), authzid, username, nonce, bare);
  }

  static ClientFinal parseClientFinal(String message) {
    int proofAt = message.lastIndexOf(",p=");
    if (proofAt < 0) {
      throw malformed("client-final-message without proof");
    }
    String withoutProof = message.substring(0, proofAt);
    String[] attributes = withoutProof.split(",", -1);
    if (attributes.length < 2
        || !attributes[0].startsWith("c=")
        || !attributes[1].startsWith("r=")) {
      throw malformed("client-final-message needs c= and r= first");
    }
    String proof = message.substring(proofAt + 3);
    if (proof.indexOf(',') >= 0) {
      throw malformed("the proof must be the last attribute");
    }
    return new ClientFinal(
        base64(attributes[0].substring(2)),
        attributes[1].substring(2),
        base64(proof),
        withoutProof);
  }

  /** Decodes {@code saslname} (RFC 5802 §5.1): "=2C" is ',' and "=3D" is '='; nothing else. */
  static String decodeSaslName(String name) {
    if (name.isEmpty()) {
      throw malformed("empty name");
    }
    StringBuilder decoded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '=') {
        String escape = name.substring(i, Math.min(i + 3, name.length()));
        switch (escape) {
          case "=2C" -> decoded.append(',');
          case "=3D" -> decoded.append('=');
          default -> throw malformed("bad '=' escape in name");
        }
        i += 2;
      } else if (c == '\0') {
        throw malformed("NUL in name");
      } else {
        decoded.append(c);
      }
    }
    return decoded.toString();
  }

  private static void requirePrintable(String nonce) {
    if (nonce.isEmpty()) {
      throw malformed("empty nonce");
    }
    for (int i = 0; i < nonce.length(); i++) {
      char c = nonce.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw malformed("nonce with characters outside printable ASCII");
      }
    }
  }

  private static byte[] base64(String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw malformed("bad base64 in client-final-message");
    }
  }

  private static SaslMessageException malformed(String text) {
    return new SaslMessageException(SaslFailure.MALFORMED_REQUEST, text);
  }
}

package dev.parley.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of SASL messages: RFC 5802 and RFC 4616 both require valid UTF-8. */
final class SaslText {

  private SaslText() {}

  static String utf8(byte[] data) {
    return decode(data, 0, data.length).toString();
  }

  /** Decodes a range into a buffer the caller may wipe (used for passwords). */
  static CharBuffer decode(byte[] data, int offset, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, offset, length));
    } catch (CharacterCodingException e) {
      throw new SaslMessageException(SaslFailure.MALFORMED_REQUEST, "not valid UTF-8");
    }
  }
}

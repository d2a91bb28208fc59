package dev.parley.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import rocks.xmpp.precis.PrecisProfiles;

/**
 * Prepares passwords with the PRECIS OpaqueString profile (RFC 8265 §4.2), which replaces SASLprep
 * for SCRAM and PLAIN (RFC 7677 §4, RFC 7622), and encodes the result as UTF-8.
 *
 * <p>Passwords stay in {@code char[]}/{@code byte[]} so they can be wiped. The one exception is a
 * password with non-ASCII characters: the PRECIS library returns a {@link String}, which cannot be
 * wiped and lives until collected. Printable ASCII passwords (the common case) never become a
 * String, because OpaqueString leaves them unchanged (RFC 8265 §4.2.2: they are all in the
 * FreeformClass, need no mapping and are already in NFC).
 */
final class PasswordPreparation {

  private PasswordPreparation() {}

  /**
   * The UTF-8 bytes of the prepared password; the caller wipes them. The input is not modified.
   *
   * @throws IllegalArgumentException when the password is empty or has characters OpaqueString
   *     forbids (control characters, unassigned code points...)
   */
  static byte[] prepare(char[] password) {
    if (password.length == 0) {
      throw new IllegalArgumentException("the password is empty");
    }
    if (printableAscii(password)) {
      return utf8(password);
    }
    String enforced;
    try {
      enforced = PrecisProfiles.OPAQUE_STRING.enforce(CharBuffer.wrap(password));
    } catch (IllegalArgumentException e) {
      // The library's message quotes no input, but say nothing more specific to be safe.
      throw new IllegalArgumentException(
          "the password has characters that are not allowed (RFC 8265 OpaqueString)", e);
    }
    char[] chars = enforced.toCharArray();
    try {
      return utf8(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** Wipes a password array; a no-op for {@code null}. */
  static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  static void wipe(byte[] password) {
    if (password != null) {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static boolean printableAscii(char[] password) {
    for (char c : password) {
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static byte[] utf8(char[] chars) {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer;
    try {
      buffer = encoder.encode(CharBuffer.wrap(chars));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the password is not valid UTF-16 (lone surrogate)", e);
    }
    byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
    Arrays.fill(buffer.array(), (byte) 0);
    return bytes;
  }
}

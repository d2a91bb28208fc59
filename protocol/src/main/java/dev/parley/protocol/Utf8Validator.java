package dev.parley.protocol;

/**
 * Checks that bytes are well-formed UTF-8 (the table of RFC 3629 §4: no overlong forms, no
 * surrogates, nothing above U+10FFFF), across arbitrary feed boundaries. Aalto reports some such
 * bytes (0xFF, for one) as an illegal character, or keeps waiting for more input, where RFC 6120
 * §4.9.3.22 wants {@code unsupported-encoding}.
 */
final class Utf8Validator {
  private int remaining;
  private int lower = 0x80;
  private int upper = 0xBF;

  /** False at the first byte that cannot start or continue a well-formed sequence. */
  boolean accept(byte[] data, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      int b = data[i] & 0xFF;
      if (remaining == 0) {
        if (b >= 0x80 && !start(b)) {
          return false;
        }
      } else if (b < lower || b > upper) {
        return false;
      } else {
        lower = 0x80;
        upper = 0xBF;
        remaining--;
      }
    }
    return true;
  }

  private boolean start(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      remaining = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      remaining = 2;
      lower = b == 0xE0 ? 0xA0 : 0x80;
      upper = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      remaining = 3;
      lower = b == 0xF0 ? 0x90 : 0x80;
      upper = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    return true;
  }
}

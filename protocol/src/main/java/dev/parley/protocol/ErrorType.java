package dev.parley.protocol;

import java.util.Locale;

/** The {@code type} of a stanza error (RFC 6120 §8.3.2). */
public enum ErrorType {
  AUTH,
  CANCEL,
  CONTINUE,
  MODIFY,
  WAIT;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}

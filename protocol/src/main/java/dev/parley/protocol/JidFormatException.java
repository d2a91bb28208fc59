package dev.parley.protocol;

/** A string that is not a valid JID under RFC 7622; maps to the {@code jid-malformed} error. */
public final class JidFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public JidFormatException(String message) {
    super(message);
  }
}

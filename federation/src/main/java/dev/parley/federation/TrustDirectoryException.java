package dev.parley.federation;

/** A trust anchor file could not be read or parsed; the message names the file. */
public final class TrustDirectoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrustDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }

  public TrustDirectoryException(String message) {
    super(message);
  }
}

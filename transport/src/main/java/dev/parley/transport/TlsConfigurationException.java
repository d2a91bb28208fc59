package dev.parley.transport;

/** A certificate or key that cannot be used; stops start-up with a message naming the file. */
public final class TlsConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TlsConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}

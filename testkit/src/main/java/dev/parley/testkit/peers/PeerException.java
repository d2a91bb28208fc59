package dev.parley.testkit.peers;

/** A peer server could not be configured, started, reached or stopped. */
public final class PeerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with no underlying exception. */
  public PeerException(String message) {
    super(message);
  }

  /** A failure caused by {@code cause}. */
  public PeerException(String message, Throwable cause) {
    super(message, cause);
  }
}

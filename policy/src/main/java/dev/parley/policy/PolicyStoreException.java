package dev.parley.policy;

/** The policy's database could not be read or written. */
public final class PolicyStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PolicyStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

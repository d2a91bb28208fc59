package dev.parley.server;

/** An account operation that cannot be done, with a message fit for an administrator. */
public final class AccountException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}

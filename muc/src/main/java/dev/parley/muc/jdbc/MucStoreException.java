package dev.parley.muc.jdbc;

/** A chat room could not be read from or written to the database. */
public final class MucStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MucStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public MucStoreException(String message) {
    super(message);
  }
}

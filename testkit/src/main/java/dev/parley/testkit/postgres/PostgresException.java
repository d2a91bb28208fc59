package dev.parley.testkit.postgres;

/** The test PostgreSQL server could not be found, started, used or stopped. */
public final class PostgresException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PostgresException(String message) {
    super(message);
  }

  public PostgresException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.parley.store.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** A database failure below a store: unreachable server, broken schema, constraint violation. */
public final class JdbcStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * States after which the whole transaction may simply be run again: serialization failure and
   * deadlock (SQL standard class 40, H2 and PostgreSQL), PostgreSQL's explicit deadlock code, and
   * H2's concurrent-update error.
   */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "90131");

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The SQLSTATE of the underlying {@link SQLException}, when there is one. */
  public Optional<String> sqlState() {
    return getCause() instanceof SQLException sql
        ? Optional.ofNullable(sql.getSQLState())
        : Optional.empty();
  }

  boolean isUniqueViolation() {
    return sqlState().filter(UNIQUE_VIOLATION::equals).isPresent();
  }

  boolean isTransient() {
    return sqlState().filter(TRANSIENT::contains).isPresent();
  }
}

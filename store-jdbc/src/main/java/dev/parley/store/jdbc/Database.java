package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on pooled connections: reads and single statements in auto-commit, other
 * writes in one transaction that is rolled back on any failure. Every {@link SQLException} leaves
 * as a {@link JdbcStoreException}.
 */
final class Database {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** Enough for a burst of writers racing on one roster; more would hide a real problem. */
  private static final int MAX_ATTEMPTS = 5;

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs a read, or a write of a single statement, in auto-commit mode. */
  <T> T autoCommit(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new JdbcStoreException("database access failed: " + e.getMessage(), e);
    }
  }

  /** Runs the work in one transaction, once; a failure rolls everything back. */
  <T> T transaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("database transaction failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs an insert-or-update transaction, again from the start when it lost a race: another
   * transaction inserted the same key first (unique violation), or the database broke a deadlock or
   * serialization conflict. The work must therefore be safe to repeat, which read-then-write
   * upserts are.
   */
  <T> T upsert(SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction(work);
      } catch (JdbcStoreException e) {
        boolean raceLost = e.isUniqueViolation() || e.isTransient();
        if (!raceLost || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.debug("Retrying transaction after {} (attempt {})", e.sqlState().orElse("?"), attempt);
      }
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}

package dev.parley.store.jdbc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the stores live: a JDBC URL for H2 (the embedded default) or PostgreSQL, the database
 * account, and the size of the connection pool. Checked on construction so that a wrong bootstrap
 * file fails at startup rather than at the first query.
 *
 * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param user database account
 * @param password database password, empty when the server trusts the connection
 * @param maxPoolSize upper bound of pooled connections, 1 to {@value #MAX_POOL_SIZE}
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

  /** Pool size of {@link #h2(Path)}; also a sensible start for PostgreSQL on a small node. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** Beyond this a pool costs the database more than it gives the node. */
  public static final int MAX_POOL_SIZE = 500;

  /**
   * H2 options for a long-running server:
   *
   * <ul>
   *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook must not close the database while
   *       the node is still draining sessions; closing the pool closes it.
   *   <li>{@code LOCK_TIMEOUT=10000}: H2's default of one second makes busy row locks (a roster
   *       version being incremented) fail under load instead of waiting.
   * </ul>
   *
   * <p>No compatibility {@code MODE} is set: the migrations and queries use SQL that H2 and
   * PostgreSQL both accept, so a node moves from H2 to PostgreSQL without a second dialect.
   */
  static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!isH2Url(jdbcUrl) && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "database URL must start with jdbc:h2: or jdbc:postgresql:, got " + jdbcUrl);
    }
    if (maxPoolSize < 1 || maxPoolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "maxPoolSize must be between 1 and " + MAX_POOL_SIZE + ", got " + maxPoolSize);
    }
  }

  /**
   * The embedded default: an H2 file database {@code <dataDirectory>/parley} (H2 adds {@code
   * .mv.db}), created with its directories on first use.
   */
  public static DatabaseSettings h2(Path dataDirectory) {
    Path file = dataDirectory.toAbsolutePath().normalize().resolve("parley");
    if (file.toString().contains(";")) {
      // H2 reads ';' as the start of its URL options.
      throw new IllegalArgumentException("data directory must not contain ';': " + dataDirectory);
    }
    return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", DEFAULT_POOL_SIZE);
  }

  /** Whether this is an H2 database (embedded, one node only). */
  public boolean isH2() {
    return isH2Url(jdbcUrl);
  }

  private static boolean isH2Url(String url) {
    return url.startsWith("jdbc:h2:");
  }

  /** Never prints the password (settings end up in logs and diagnostics). */
  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "" : "****")
        + ", maxPoolSize="
        + maxPoolSize
        + "]";
  }
}

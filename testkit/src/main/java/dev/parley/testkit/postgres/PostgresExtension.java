package dev.parley.testkit.postgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a fresh database on the run's private PostgreSQL server. The server is started
 * by the first class that needs it, shared by every class of the run through JUnit's root store,
 * and stopped and deleted when the run ends.
 *
 * <pre>{@code
 * class PostgresUserStoreIT implements UserStoreContract {
 *   @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
 *   ... POSTGRES.database().jdbcUrl() ...
 * }
 * }</pre>
 *
 * <p>Register it on a {@code static} field: the database is created before all tests of the class.
 */
public final class PostgresExtension implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  private volatile PostgresDatabase database;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = server(context).createDatabase();
  }

  /** This class's database; available from {@code @BeforeAll} on. */
  public PostgresDatabase database() {
    PostgresDatabase current = database;
    if (current == null) {
      throw new IllegalStateException(
          "no database yet: register PostgresExtension with @RegisterExtension on a static field");
    }
    return current;
  }

  /**
   * The run's server, started on first use. JUnit closes it at the end of the run (it is an {@link
   * AutoCloseable} in the root store); a shutdown hook does the same if the run is cut short.
   */
  public static PostgresServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            PostgresServer.class, type -> PostgresServer.start(), PostgresServer.class);
  }
}

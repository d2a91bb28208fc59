package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.UserStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UserStoreContract} on a private PostgreSQL server. */
class PostgresUserStoreIT implements UserStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.RosterStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RosterStoreContract} on a private PostgreSQL server. */
class PostgresRosterStoreIT implements RosterStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

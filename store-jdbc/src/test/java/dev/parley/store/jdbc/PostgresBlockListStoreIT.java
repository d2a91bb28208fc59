package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.BlockListStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BlockListStoreContract} on a private PostgreSQL server. */
class PostgresBlockListStoreIT implements BlockListStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

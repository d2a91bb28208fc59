package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.OfflineStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OfflineStoreContract} on a private PostgreSQL server. */
class PostgresOfflineStoreIT implements OfflineStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

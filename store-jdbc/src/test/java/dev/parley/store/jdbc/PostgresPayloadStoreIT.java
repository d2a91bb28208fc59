package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.PayloadStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PayloadStoreContract} on a private PostgreSQL server. */
class PostgresPayloadStoreIT implements PayloadStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.PayloadStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PayloadStoreContract} on an H2 file database. */
class H2PayloadStoreTest implements PayloadStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

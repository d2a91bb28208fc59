package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.BlockListStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BlockListStoreContract} on an H2 file database. */
class H2BlockListStoreTest implements BlockListStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

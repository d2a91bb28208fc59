package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.OfflineStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OfflineStoreContract} on an H2 file database. */
class H2OfflineStoreTest implements OfflineStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.RosterStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RosterStoreContract} on an H2 file database. */
class H2RosterStoreTest implements RosterStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.SettingsStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SettingsStoreContract} on an H2 file database. */
class H2SettingsStoreTest implements SettingsStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

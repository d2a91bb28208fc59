package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.SettingsStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SettingsStoreContract} on a private PostgreSQL server. */
class PostgresSettingsStoreIT implements SettingsStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.postgres();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

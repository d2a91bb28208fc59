package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.store.UserStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link UserStoreContract} on an H2 file database. */
class H2UserStoreTest implements UserStoreContract {

  @RegisterExtension static final JdbcStoresExtension DATABASE = JdbcStoresExtension.h2();

  @Override
  public Stores stores() {
    return DATABASE.stores();
  }
}

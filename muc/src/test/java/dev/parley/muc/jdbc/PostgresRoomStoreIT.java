package dev.parley.muc.jdbc;

import dev.parley.muc.MucSettings;
import dev.parley.muc.RoomStore;
import dev.parley.muc.RoomStoreContract;
import dev.parley.store.jdbc.DatabaseSettings;
import dev.parley.store.jdbc.JdbcStores;
import dev.parley.testkit.postgres.PostgresDatabase;
import dev.parley.testkit.postgres.PostgresExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RoomStoreContract} on the run's private PostgreSQL server. */
class PostgresRoomStoreIT implements RoomStoreContract {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  private static JdbcStores storage;
  private static JdbcRoomStore store;

  @BeforeAll
  static void open() {
    PostgresDatabase database = POSTGRES.database();
    storage =
        JdbcStores.open(
            new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 4));
    store = new JdbcRoomStore(storage.dataSource(), MucSettings.defaults());
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Override
  public RoomStore store() {
    return store;
  }
}

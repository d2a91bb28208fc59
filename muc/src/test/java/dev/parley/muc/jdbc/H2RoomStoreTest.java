package dev.parley.muc.jdbc;

import dev.parley.muc.MucSettings;
import dev.parley.muc.RoomStore;
import dev.parley.muc.RoomStoreContract;
import dev.parley.store.jdbc.DatabaseSettings;
import dev.parley.store.jdbc.JdbcStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link RoomStoreContract} on an H2 file database migrated with V1 and this module's V10. */
class H2RoomStoreTest implements RoomStoreContract {
  private static JdbcStores storage;
  private static JdbcRoomStore store;

  @BeforeAll
  static void open() throws IOException {
    Path dir = Files.createTempDirectory("parley-muc-h2-");
    storage = JdbcStores.open(DatabaseSettings.h2(dir.resolve("data")));
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

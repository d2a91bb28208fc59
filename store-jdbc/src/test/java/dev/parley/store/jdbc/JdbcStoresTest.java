package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.BareJid;
import dev.parley.store.Account;
import dev.parley.store.RosterItem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoresTest {

  @TempDir Path dataDirectory;

  @Test
  void dataSurvivesARestartAndMigrationsRunOnce() throws Exception {
    BareJid alice = BareJid.of("alice", "example.com");
    BareJid bob = BareJid.of("bob", "example.com");
    try (JdbcStores storage = JdbcStores.open(DatabaseSettings.h2(dataDirectory))) {
      storage.stores().users().create(Account.of(alice, false), List.of());
      storage.stores().rosters().put(RosterItem.of(alice, bob));
    }

    try (JdbcStores storage = JdbcStores.open(DatabaseSettings.h2(dataDirectory))) {
      assertThat(storage.stores().users().exists(alice)).isTrue();
      assertThat(storage.stores().rosters().version(alice)).isEqualTo(1);
      assertThat(appliedMigrations(storage)).isEqualTo(1);
    }
    assertThat(dataDirectory.resolve("parley.mv.db")).exists();
  }

  @Test
  void closingClosesThePool() throws Exception {
    JdbcStores storage = JdbcStores.open(DatabaseSettings.h2(dataDirectory));
    storage.close();
    assertThatThrownBy(() -> storage.dataSource().getConnection())
        .isInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void anUnreachableDatabaseFailsToOpen() {
    // Port 1 on the loopback address: nothing listens there, the connection is refused at once.
    DatabaseSettings nowhere =
        new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/parley", "parley", "", 1);
    assertThatThrownBy(() -> JdbcStores.open(nowhere))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("127.0.0.1:1");
  }

  private static int appliedMigrations(JdbcStores storage) throws Exception {
    try (Connection connection = storage.dataSource().getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}

package dev.parley.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.jdbc.DatabaseSettings;
import dev.parley.store.jdbc.JdbcStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on a real H2 database migrated by Flyway (V1 and this module's V11). */
class PolicyStoreTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
  @TempDir Path dir;
  private JdbcStores database;
  private PolicyStore store;

  @BeforeEach
  void open() {
    database = JdbcStores.open(DatabaseSettings.h2(dir));
    store = new PolicyStore(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void anEmptyDatabaseHoldsAllowWithoutExceptions() {
    assertThat(store.current()).isEqualTo(StoredPolicy.INITIAL);
    assertThat(store.history()).isEmpty();
    assertThat(store.applied("node-1")).isEmpty();
  }

  @Test
  void changesAreStoredWithTheirHistory() {
    store.change("admin@example.com", "default Deny", p -> p.withDefault(false));
    StoredPolicy second =
        store.change(
            "ops",
            "exception *.Example.org incoming",
            p -> p.with(new PolicyException("*.Example.org", PolicyDirection.INCOMING)));
    assertThat(second.revision()).isEqualTo(2);
    assertThat(store.current()).isEqualTo(second);
    assertThat(second.policy().toText()).isEqualTo("Deny; *.example.org=incoming");

    assertThat(store.history())
        .extracting(
            c ->
                c.revision()
                    + " "
                    + c.by()
                    + " "
                    + c.before().toText()
                    + " -> "
                    + c.after().toText())
        .containsExactly(
            "2 ops Deny -> Deny; *.example.org=incoming", "1 admin@example.com Allow -> Deny");
    assertThat(store.history().get(0).at()).isEqualTo(NOW);
    assertThat(store.history().get(0).change()).isEqualTo("exception *.Example.org incoming");
    assertThat(store.at(1).policy()).isEqualTo(FederationPolicy.ALLOW_ALL.withDefault(false));
    assertThat(store.at(0)).isEqualTo(StoredPolicy.INITIAL);
  }

  @Test
  void aRefusedChangeLeavesNoTrace() {
    assertThatThrownBy(() -> store.change("ops", "remove", p -> p.without("example.org")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.current()).isEqualTo(StoredPolicy.INITIAL);
    assertThat(store.history()).isEmpty();
  }

  @Test
  void eachNodeRecordsTheRevisionItApplied() {
    store.change("ops", "deny", p -> p.withDefault(false));
    store.applied("node-1", 0);
    store.applied("node-1", 1);
    store.applied("node-2", 0);
    assertThat(store.applied("node-1")).contains(new PolicyStore.AppliedRevision(1, NOW));
    assertThat(store.applied("node-2").orElseThrow().revision()).isZero();
  }
}

package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.queryOne;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.store.SettingsStore;
import java.util.Optional;
import javax.sql.DataSource;

/** Cluster-wide settings documents in {@code settings}; every node of a cluster reads the same. */
public final class JdbcSettingsStore implements SettingsStore {

  private final Database database;

  /** A store over a migrated schema (see {@link JdbcStores#open(DatabaseSettings)}). */
  public JdbcSettingsStore(DataSource dataSource) {
    this.database = new Database(dataSource);
  }

  @Override
  public Optional<String> get(String key) {
    return database.autoCommit(
        c ->
            queryOne(
                c,
                "SELECT setting_value FROM settings WHERE setting_key = ?",
                row -> row.getString(1),
                key));
  }

  @Override
  public void put(String key, String value) {
    database.upsert(
        c -> {
          if (update(c, "UPDATE settings SET setting_value = ? WHERE setting_key = ?", value, key)
              == 0) {
            update(
                c, "INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)", key, value);
          }
          return null;
        });
  }
}

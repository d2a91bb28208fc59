package dev.parley.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.Stores;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage layer of a node: a HikariCP pool on the configured database, the schema migrated, and
 * every store built on that pool. Open it once in the composition root and close it last, at
 * shutdown; closing it closes the pool (and with it an embedded H2 database).
 *
 * <pre>{@code
 * try (JdbcStores storage = JdbcStores.open(DatabaseSettings.h2(dataDir))) {
 *   Stores stores = storage.stores();
 *   ...
 * }
 * }</pre>
 */
public final class JdbcStores implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStores.class);

  private final HikariDataSource dataSource;
  private final Stores stores;

  private JdbcStores(HikariDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.stores =
        new Stores(
            new JdbcUserStore(dataSource),
            new JdbcRosterStore(dataSource),
            new JdbcOfflineStore(dataSource, clock),
            new JdbcPayloadStore(dataSource),
            new JdbcBlockListStore(dataSource),
            new JdbcSettingsStore(dataSource));
  }

  /**
   * Connects, migrates the schema and builds the stores. Fails with {@link JdbcStoreException} when
   * the database cannot be reached or migrated; nothing is left open then.
   */
  public static JdbcStores open(DatabaseSettings settings) {
    return open(settings, Clock.systemUTC());
  }

  /** As {@link #open(DatabaseSettings)}, with the clock that stamps offline messages. */
  public static JdbcStores open(DatabaseSettings settings, Clock clock) {
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(poolConfig(settings));
    } catch (RuntimeException e) {
      // Hikari fails fast when the first connection cannot be made.
      throw new JdbcStoreException("cannot connect to " + settings.jdbcUrl(), e);
    }
    try {
      Migrations.migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    LOG.info("Storage open on {}", settings.jdbcUrl());
    return new JdbcStores(dataSource, clock);
  }

  public Stores stores() {
    return stores;
  }

  /** The pool itself, for diagnostics and health checks. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static HikariConfig poolConfig(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("parley-db");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    // Keep a few connections warm, not the whole pool: most nodes are idle most of the time.
    config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
    return config;
  }
}

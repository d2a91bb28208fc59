package dev.parley.store.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the Flyway scripts in {@code db/migration}. Every node runs
 * this at start; Flyway's lock table makes concurrent starts of a cluster safe.
 */
final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  static void migrate(DataSource dataSource) {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(LOCATION)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          "Database schema at version {} ({} migrations applied now)",
          result.targetSchemaVersion == null
              ? result.initialSchemaVersion
              : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new JdbcStoreException("database migration failed: " + e.getMessage(), e);
    }
  }
}

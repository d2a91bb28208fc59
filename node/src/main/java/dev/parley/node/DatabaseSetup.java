package dev.parley.node;

import dev.parley.store.jdbc.DatabaseSettings;
import java.nio.file.Path;

/** The database a node uses: embedded H2 under the data directory unless a URL is configured. */
final class DatabaseSetup {
  private DatabaseSetup() {}

  static DatabaseSettings settings(NodeConfig config, Path dataDir) {
    if (config.databaseUrl().isEmpty()) {
      return DatabaseSettings.h2(dataDir);
    }
    try {
      return new DatabaseSettings(
          config.databaseUrl(),
          config.databaseUser(),
          config.databasePassword(),
          config.databasePoolSize());
    } catch (IllegalArgumentException e) {
      throw ConfigException.badValue("database.url", config.databaseUrl(), e.getMessage());
    }
  }
}

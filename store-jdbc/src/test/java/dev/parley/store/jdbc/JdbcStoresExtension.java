package dev.parley.store.jdbc;

import dev.parley.store.Stores;
import dev.parley.testkit.postgres.PostgresDatabase;
import dev.parley.testkit.postgres.PostgresExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens {@link JdbcStores} on a fresh database for one test class and closes it afterwards: an H2
 * file database in a temporary directory, or a new database on the run's private PostgreSQL.
 */
final class JdbcStoresExtension implements BeforeAllCallback, AfterAllCallback {

  private final boolean postgres;
  private Optional<Path> directory = Optional.empty();
  private JdbcStores storage;

  private JdbcStoresExtension(boolean postgres) {
    this.postgres = postgres;
  }

  static JdbcStoresExtension h2() {
    return new JdbcStoresExtension(false);
  }

  static JdbcStoresExtension postgres() {
    return new JdbcStoresExtension(true);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    DatabaseSettings settings;
    if (postgres) {
      PostgresDatabase database = PostgresExtension.server(context).createDatabase();
      settings = new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 6);
    } else {
      Path dir = Files.createTempDirectory("parley-h2-");
      directory = Optional.of(dir);
      // A directory that does not exist yet, as on a node's first start.
      settings = DatabaseSettings.h2(dir.resolve("data"));
    }
    storage = JdbcStores.open(settings);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (storage != null) {
      storage.close();
    }
    directory.ifPresent(JdbcStoresExtension::delete);
  }

  Stores stores() {
    return storage.stores();
  }

  JdbcStores storage() {
    return storage;
  }

  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

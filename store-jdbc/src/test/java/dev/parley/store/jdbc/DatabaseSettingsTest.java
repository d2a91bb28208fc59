package dev.parley.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void h2IsAFileDatabaseNamedParleyInTheDataDirectory() {
    DatabaseSettings settings = DatabaseSettings.h2(Path.of("/var/lib/parley/data"));

    assertThat(settings.jdbcUrl())
        .startsWith("jdbc:h2:file:/var/lib/parley/data/parley;")
        .contains(";DB_CLOSE_ON_EXIT=FALSE");
    assertThat(settings.isH2()).isTrue();
    assertThat(settings.maxPoolSize()).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
  }

  @Test
  void h2ResolvesARelativeDirectory() {
    DatabaseSettings settings = DatabaseSettings.h2(Path.of("data"));
    assertThat(settings.jdbcUrl())
        .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/parley;");
  }

  @Test
  void h2RejectsADirectoryThatWouldBreakTheUrl() {
    assertThatThrownBy(() -> DatabaseSettings.h2(Path.of("/tmp/a;MODE=Oracle")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void postgresqlIsAccepted() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db.example.com/parley", "parley", "pw", 20);
    assertThat(settings.isH2()).isFalse();
  }

  @Test
  void otherDatabasesAreRejected() {
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/parley", "u", "p", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql:");
  }

  @Test
  void poolSizeIsBounded() {
    String url = "jdbc:postgresql://db/parley";
    assertThatThrownBy(() -> new DatabaseSettings(url, "u", "p", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DatabaseSettings(url, "u", "p", DatabaseSettings.MAX_POOL_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DatabaseSettings(url, "u", "p", DatabaseSettings.MAX_POOL_SIZE).maxPoolSize())
        .isEqualTo(DatabaseSettings.MAX_POOL_SIZE);
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", null, 1))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringHidesThePassword() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db/parley", "parley", "s3cret", 5);
    assertThat(settings.toString()).doesNotContain("s3cret").contains("parley", "****");
  }
}

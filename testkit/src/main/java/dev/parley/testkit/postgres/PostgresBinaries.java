package dev.parley.testkit.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the server programs are. Debian keeps them off the PATH, in {@code
 * /usr/lib/postgresql/<major>/bin} (what {@code /usr/local/bin/pg_ctl} and friends link to on a
 * prepared machine); the newest major version wins. {@code PARLEY_PG_BIN} overrides the search.
 */
record PostgresBinaries(Path directory) {

  static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
  static final String OVERRIDE = "PARLEY_PG_BIN";
  private static final List<String> NEEDED = List.of("initdb", "pg_ctl", "postgres", "createdb");

  static PostgresBinaries locate() {
    String override = System.getenv(OVERRIDE);
    if (override != null && !override.isBlank()) {
      return complete(Path.of(override))
          .orElseThrow(() -> missing(OVERRIDE + "=" + override + " lacks one of " + NEEDED));
    }
    return newestUnder(DEBIAN_ROOT)
        .orElseThrow(() -> missing("no " + DEBIAN_ROOT + "/<version>/bin with " + NEEDED));
  }

  Path tool(String name) {
    return directory.resolve(name);
  }

  private static Optional<PostgresBinaries> newestUnder(Path root) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .sorted(Comparator.comparingDouble(PostgresBinaries::version).reversed())
          .map(dir -> complete(dir.resolve("bin")))
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IOException e) {
      throw new PostgresException("cannot list " + root, e);
    }
  }

  private static double version(Path dir) {
    return Double.parseDouble(dir.getFileName().toString());
  }

  private static Optional<PostgresBinaries> complete(Path bin) {
    boolean all = NEEDED.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool)));
    return all ? Optional.of(new PostgresBinaries(bin)) : Optional.empty();
  }

  private static PostgresException missing(String detail) {
    return new PostgresException(
        "PostgreSQL server binaries not found ("
            + detail
            + "). Install them with: apt-get install -y postgresql"
            + " (.ci/run does this on CI)");
  }
}

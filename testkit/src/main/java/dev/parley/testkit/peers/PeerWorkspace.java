package dev.parley.testkit.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The temporary directory of one peer (configuration, data, certificates index) and the directory
 * its logs go to, which may be outside it so the logs outlive the peer.
 */
final class PeerWorkspace implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PeerWorkspace.class.getName());

  private final Path directory;
  private final Path logDirectory;

  private PeerWorkspace(Path directory, Path logDirectory) {
    this.directory = directory;
    this.logDirectory = logDirectory;
  }

  /** Creates {@code parley-<kind>-*} in the system temporary directory. */
  static PeerWorkspace create(String kind, Optional<Path> logDirectory) {
    try {
      Path directory = Files.createTempDirectory("parley-" + kind + "-");
      // One sub-directory per peer: ejabberd names its error log itself (error.log).
      Path logs =
          logDirectory.orElse(directory).resolve(directory.getFileName().toString() + "-logs");
      Files.createDirectories(logs);
      return new PeerWorkspace(directory, logs);
    } catch (IOException e) {
      throw new PeerException("cannot create a directory for " + kind, e);
    }
  }

  Path directory() {
    return directory;
  }

  /** A path inside the temporary directory. */
  Path file(String name) {
    return directory.resolve(name);
  }

  /** A path in this peer's log directory. */
  Path logFile(String name) {
    return logDirectory.resolve(name);
  }

  /** Creates a sub-directory of the temporary directory. */
  Path mkdir(String name) {
    try {
      return Files.createDirectories(directory.resolve(name));
    } catch (IOException e) {
      throw new PeerException("cannot create " + directory.resolve(name), e);
    }
  }

  /** Writes a generated file into the temporary directory. */
  Path write(String name, String content) {
    Path path = directory.resolve(name);
    try {
      Files.writeString(path, content, StandardCharsets.UTF_8);
      return path;
    } catch (IOException e) {
      throw new PeerException("cannot write " + path, e);
    }
  }

  /** The last lines of each file, headed by its path; unreadable files say so. */
  static String tail(List<Path> files, int lines) {
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      text.append("==> ").append(file).append(" <==\n");
      try {
        // Decoding by hand replaces malformed bytes instead of failing on them.
        List<String> all =
            Files.exists(file)
                ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList()
                : List.of();
        all.subList(Math.max(0, all.size() - lines), all.size())
            .forEach(line -> text.append(line).append('\n'));
      } catch (IOException e) {
        text.append("(unreadable: ").append(e.getMessage()).append(")\n");
      }
    }
    return text.toString();
  }

  /** Deletes the temporary directory (not a log directory given by the test). */
  @Override
  public void close() {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete " + directory, e);
    }
  }
}

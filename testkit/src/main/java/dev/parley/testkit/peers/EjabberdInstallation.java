package dev.parley.testkit.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the ejabberd package put its Erlang application: Debian 12 uses {@code
 * /usr/lib/<triplet>/ejabberd-<version>/ebin}, other layouts {@code /usr/lib/erlang/lib}. The
 * parent directory goes into {@code ERL_LIBS}, as {@code ejabberdctl} does.
 *
 * @param libraries the directory to put in {@code ERL_LIBS}
 * @param application the {@code ejabberd-<version>} directory
 */
record EjabberdInstallation(Path libraries, Path application) {

  private static final List<Path> ROOTS = List.of(Path.of("/usr/lib"), Path.of("/usr/local/lib"));

  /** Finds the installation; fails with what to install if there is none. */
  static EjabberdInstallation locate() {
    for (Path root : ROOTS) {
      Optional<Path> application = search(root).or(() -> search(root.resolve("erlang/lib")));
      if (application.isPresent()) {
        return new EjabberdInstallation(application.get().getParent(), application.get());
      }
    }
    throw new PeerException(
        "ejabberd is not installed (no ejabberd-*/ebin/ejabberd.app under /usr/lib):"
            + " apt-get install ejabberd");
  }

  /** {@code <root>/ejabberd-*} or {@code <root>/<any>/ejabberd-*}, containing ejabberd.app. */
  private static Optional<Path> search(Path root) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> paths = Files.find(root, 2, (path, attributes) -> isApplication(path))) {
      return paths.sorted().findFirst();
    } catch (IOException e) {
      throw new PeerException("cannot search " + root + " for ejabberd", e);
    }
  }

  private static boolean isApplication(Path path) {
    return path.getFileName() != null
        && path.getFileName().toString().startsWith("ejabberd-")
        && Files.isRegularFile(path.resolve("ebin/ejabberd.app"));
  }
}

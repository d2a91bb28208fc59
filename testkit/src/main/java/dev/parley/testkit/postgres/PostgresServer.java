package dev.parley.testkit.postgres;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for one test run: a cluster made by {@code initdb} in a temporary
 * directory, listening on a free port of 127.0.0.1 only, with its unix socket in that directory, so
 * it never meets a system-wide PostgreSQL. Durability is switched off (the data is thrown away).
 * {@link #close()} (also run at JVM exit) stops it and deletes the directory.
 *
 * <p>When the tests run as root the server runs as the {@code postgres} OS user, because PostgreSQL
 * refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

  /** The cluster's superuser; every connection uses it. */
  public static final String SUPERUSER = "parley";

  private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
  private static final String SERVER_OS_USER = "postgres";
  private static final int START_ATTEMPTS = 3;

  private final PostgresBinaries binaries;
  private final Path directory;
  private final CommandRunner serverUser;
  private final CommandRunner client;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  private PostgresServer(
      PostgresBinaries binaries,
      Path directory,
      CommandRunner serverUser,
      CommandRunner client,
      int port) {
    this.binaries = binaries;
    this.directory = directory;
    this.serverUser = serverUser;
    this.client = client;
    this.port = port;
  }

  /** Creates, configures and starts a new server; fails (never skips) when it cannot. */
  public static PostgresServer start() {
    PostgresBinaries binaries = PostgresBinaries.locate();
    Path directory = createDirectory();
    CommandRunner serverUser =
        isRoot(directory)
            ? handOver(directory, SERVER_OS_USER)
            : CommandRunner.asCurrentUser(directory);
    Path data = directory.resolve("data");
    serverUser.run(
        "initdb",
        List.of(
            binaries.tool("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "-N"));
    configure(data, directory);
    PostgresException failure = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      try {
        startOn(binaries, serverUser, directory, port);
        PostgresServer server =
            new PostgresServer(
                binaries, directory, serverUser, CommandRunner.asCurrentUser(directory), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "parley-pg-stop"));
        LOG.log(
            System.Logger.Level.INFO, "Test PostgreSQL on 127.0.0.1:{0} in {1}", port, directory);
        return server;
      } catch (PostgresException e) {
        // Most likely another process took the port between choosing and binding it.
        failure = e;
      }
    }
    delete(directory);
    throw failure;
  }

  public int port() {
    return port;
  }

  /** Creates a new, empty database owned by {@link #SUPERUSER}. */
  public PostgresDatabase createDatabase() {
    String name = "parley_" + databases.incrementAndGet();
    client.run(
        "createdb " + name,
        List.of(
            binaries.tool("createdb").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-U",
            SUPERUSER,
            name));
    return new PostgresDatabase(
        name, "jdbc:postgresql://127.0.0.1:" + port + "/" + name, SUPERUSER, "");
  }

  /** Stops the server at once (its data is disposable) and deletes its directory. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      serverUser.run(
          "pg_ctl stop",
          List.of(
              binaries.tool("pg_ctl").toString(),
              "-D",
              directory.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"));
    } finally {
      delete(directory);
    }
  }

  private static void startOn(
      PostgresBinaries binaries, CommandRunner serverUser, Path directory, int port) {
    appendConfig(directory.resolve("data"), "port = " + port + "\n");
    serverUser.run(
        "pg_ctl start",
        List.of(
            binaries.tool("pg_ctl").toString(),
            "-D",
            directory.resolve("data").toString(),
            "-l",
            directory.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "start"));
  }

  /** Settings for a throw-away test server; later lines of postgresql.conf win. */
  private static void configure(Path data, Path socketDirectory) {
    appendConfig(
        data,
        String.join(
            "\n",
            "",
            "# Parley test server (testkit PostgresServer)",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = '" + socketDirectory + "'",
            "max_connections = 200",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            ""));
  }

  private static void appendConfig(Path data, String lines) {
    try {
      Files.writeString(
          data.resolve("postgresql.conf"),
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new PostgresException("cannot configure the test server in " + data, e);
    }
  }

  private static Path createDirectory() {
    try {
      return Files.createTempDirectory("parley-pg-");
    } catch (IOException e) {
      throw new PostgresException("cannot create a directory for the test server", e);
    }
  }

  private static boolean isRoot(Path ownDirectory) {
    try {
      return ((Integer) Files.getAttribute(ownDirectory, "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException e) {
      throw new PostgresException("cannot tell which user runs the tests", e);
    }
  }

  /** Gives the directory to {@code user} and returns a runner that acts as that user. */
  private static CommandRunner handOver(Path directory, String user) {
    UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
    try {
      Files.setOwner(directory, users.lookupPrincipalByName(user));
    } catch (IOException e) {
      throw new PostgresException(
          "running as root, but cannot give "
              + directory
              + " to the OS user '"
              + user
              + "' (the Debian postgresql package creates it)",
          e);
    }
    return CommandRunner.as(user, directory);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new PostgresException("no free TCP port on the loopback address", e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete " + directory, e);
    }
  }
}

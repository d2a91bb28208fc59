package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ejabberd adapter: the Debian package's Erlang application started with {@code erl} directly
 * (never {@code ejabberdctl}, PEERS.md quirk 4), not distributed (no epmd), Mnesia in the run's
 * directory; accounts through the HTTP command API before anything is timed.
 */
final class EjabberdServer implements BenchServer {
  private final ServerProcess process;
  private final ServerSetup setup;
  private final HttpClient http = HttpClient.newHttpClient();

  private EjabberdServer(ServerProcess process, ServerSetup setup) {
    this.process = process;
    this.setup = setup;
  }

  static EjabberdServer start(ServerSetup setup) throws IOException, InterruptedException {
    Path dir = setup.directory();
    Path libraries = libraries();
    Path config =
        Files.writeString(dir.resolve("ejabberd.yml"), EjabberdConfig.render(setup, ecKey(setup)));
    List<String> command =
        List.of(
            "erl",
            "-noinput",
            "-start_epmd",
            "false",
            "-mnesia",
            "dir",
            "\"" + Files.createDirectories(dir.resolve("mnesia")) + "\"",
            "-s",
            "ejabberd");
    Map<String, String> environment =
        Map.of(
            "ERL_LIBS", libraries.toString(),
            "EJABBERD_CONFIG_PATH", config.toString(),
            "EJABBERD_LOG_PATH", dir.resolve("ejabberd.log").toString(),
            "ERL_CRASH_DUMP_BYTES", "0",
            "HOME", dir.toString());
    ServerProcess process =
        ServerProcess.start(
            "ejabberd", command, environment, dir, dir.resolve("erl.out"), setup.core());
    EjabberdServer server = new EjabberdServer(process, setup);
    try {
      process.awaitListening(
          new InetSocketAddress(setup.address(), setup.c2sPort()), setup.startTimeout());
      server.awaitCommands();
      server.register(setup.accounts());
      return server;
    } catch (IOException | RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
  }

  /** The directory holding {@code ejabberd-<version>} (Debian: /usr/lib/x86_64-linux-gnu). */
  private static Path libraries() throws IOException {
    for (Path root : List.of(Path.of("/usr/lib"), Path.of("/usr/local/lib"))) {
      try (Stream<Path> found =
          Files.find(
              root,
              4,
              (path, attributes) ->
                  path.getFileName().toString().equals("ejabberd.app")
                      && path.getParent().getFileName().toString().equals("ebin"))) {
        var app = found.sorted().findFirst();
        if (app.isPresent()) {
          return app.get().getParent().getParent().getParent();
        }
      }
    }
    throw new IOException("ejabberd is not installed: apt-get install ejabberd");
  }

  /**
   * ejabberd 23.01 pairs key and certificate through the public key in the key file, which a PKCS#8
   * EC key from Java may leave out; {@code openssl ec} writes it in.
   */
  private static Path ecKey(ServerSetup setup) throws IOException, InterruptedException {
    Path rewritten = setup.directory().resolve("ec-key.pem");
    Process openssl =
        new ProcessBuilder(
                "openssl", "ec", "-in", setup.key().toString(), "-out", rewritten.toString())
            .redirectErrorStream(true)
            .redirectOutput(setup.directory().resolve("openssl.out").toFile())
            .start();
    return openssl.waitFor() == 0 ? rewritten : setup.key();
  }

  private void awaitCommands() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + setup.startTimeout().toNanos();
    while (true) {
      try {
        command("status", "{}");
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("ejabberd did not start:\n" + process.tail(30), e);
        }
        ServerProcess.pause(Duration.ofMillis(200));
      }
    }
  }

  private void register(Accounts accounts) throws IOException, InterruptedException {
    for (int i = 0; i < accounts.count(); i++) {
      command(
          "register",
          "{\"user\":\""
              + accounts.localpart(i)
              + "\",\"host\":\""
              + accounts.domain()
              + "\",\"password\":\""
              + accounts.password()
              + "\"}");
    }
  }

  private String command(String name, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + setup.address() + ":" + setup.adminPort() + "/api/" + name))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "ejabberd " + name + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  @Override
  public String software() {
    return "ejabberd " + Versions.debianPackage("ejabberd");
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public Endpoint c2s() {
    return new Endpoint(ServerSetup.DOMAIN, setup.address(), setup.c2sPort());
  }

  @Override
  public boolean hasMuc() {
    return true;
  }

  @Override
  public void close() {
    http.close();
    process.close();
  }
}

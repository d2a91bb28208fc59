package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Prosody adapter: the Debian package, run in the foreground with a generated config. */
final class ProsodyServer implements BenchServer {
  private final ServerProcess process;
  private final ServerSetup setup;

  private ProsodyServer(ServerProcess process, ServerSetup setup) {
    this.process = process;
    this.setup = setup;
  }

  static ProsodyServer start(ServerSetup setup) throws IOException {
    Path dir = setup.directory();
    Path data = Files.createDirectories(dir.resolve("data"));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    writeAccounts(data, setup.accounts());
    Path config =
        Files.writeString(
            dir.resolve("prosody.cfg.lua"),
            ProsodyConfig.render(setup, data, empty, dir.resolve("prosody.log")));
    ServerProcess process =
        ServerProcess.start(
            "prosody",
            List.of("prosody", "--config", config.toString(), "-F"),
            Map.of(),
            dir,
            dir.resolve("prosody.out"),
            setup.core());
    ProsodyServer server = new ProsodyServer(process, setup);
    try {
      process.awaitListening(
          new InetSocketAddress(setup.address(), setup.c2sPort()), setup.startTimeout());
      return server;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Accounts are written as storage files before Prosody starts (see {@link ProsodyConfig}). */
  private static void writeAccounts(Path data, Accounts accounts) throws IOException {
    Path dir =
        Files.createDirectories(
            data.resolve(ProsodyConfig.encodePath(accounts.domain())).resolve("accounts"));
    for (int i = 0; i < accounts.count(); i++) {
      ScramCredentials credentials =
          ScramCredentials.sha1(
              accounts.password(), UUID.randomUUID().toString(), ServerSetup.SCRAM_ITERATIONS);
      Files.writeString(
          dir.resolve(ProsodyConfig.encodePath(accounts.localpart(i)) + ".dat"),
          ProsodyConfig.accountFile(credentials),
          StandardCharsets.UTF_8);
    }
  }

  @Override
  public String software() {
    return "Prosody " + Versions.debianPackage("prosody");
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
    process.close();
  }
}

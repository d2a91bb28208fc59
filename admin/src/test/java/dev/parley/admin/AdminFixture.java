package dev.parley.admin;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.server.ServerInfo;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A real {@link AdminServer} on an ephemeral loopback port over in-memory collaborators, with its
 * token and URL files in {@code dataDir}. Shared with the cli module's tests through the test jar.
 */
public final class AdminFixture implements AutoCloseable {

  public final Path dataDir;
  public final InMemoryUserStore users = new InMemoryUserStore();
  public final InMemoryRouteDirectory routes = new InMemoryRouteDirectory();
  public final InMemoryAccountService accounts = new InMemoryAccountService(users, routes);
  public final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  public final ServerInfo serverInfo =
      new ServerInfo(
          "Parley",
          "0.1.0-test",
          "node-1",
          Set.of(DomainJid.of("localhost"), DomainJid.of("example.com")));
  public final InMemoryFederationAdmin federation = new InMemoryFederationAdmin("node-1", "node-2");
  public final AdminServer server;
  public final int port;

  public AdminFixture(Path dataDir) {
    this.dataDir = dataDir;
    metrics.counter("parley.test.logins").increment(3);
    AdminServices services =
        new AdminServices(
            accounts,
            users,
            routes,
            metrics,
            serverInfo,
            new CsvTestImporter(accounts, users),
            federation);
    server = new AdminServer(AdminSettings.of("127.0.0.1", 0, dataDir), services);
    port = server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public Path tokenFile() {
    return dataDir.resolve("admin.token");
  }

  public Path urlFile() {
    return dataDir.resolve("admin.url");
  }

  /** The token this run wrote, read back the way the CLI does. */
  public String token() {
    try {
      return Files.readString(tokenFile()).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates an account directly, bypassing the API. */
  public BareJid account(String jid, String password, boolean admin) {
    BareJid bare = Jid.parseBare(jid);
    accounts.create(bare, password.toCharArray(), admin);
    return bare;
  }

  @Override
  public void close() {
    server.stop();
    metrics.close();
  }
}

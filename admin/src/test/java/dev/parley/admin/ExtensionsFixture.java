package dev.parley.admin;

import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A real {@link AdminServer} on an ephemeral loopback port serving extension resources (chat node
 * aliases, DNS records) beside the built-in ones, over in-memory collaborators. Shared with the cli
 * and node modules' tests through the test jar.
 */
public final class ExtensionsFixture implements AutoCloseable {

  public final Path dataDir;
  public final AdminServer server;
  public final int port;
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public ExtensionsFixture(Path dataDir, List<AdminResource> extensions) {
    this.dataDir = dataDir;
    InMemoryUserStore users = new InMemoryUserStore();
    InMemoryRouteDirectory routes = new InMemoryRouteDirectory();
    InMemoryAccountService accounts = new InMemoryAccountService(users, routes);
    ServerInfo info =
        new ServerInfo("Parley", "0.1.0-test", "node-1", Set.of(DomainJid.of("example.com")));
    AdminServices services =
        new AdminServices(
            accounts,
            users,
            routes,
            metrics,
            info,
            new CsvTestImporter(accounts, users),
            new InMemoryFederationAdmin("node-1"));
    server = new AdminServer(AdminSettings.of("127.0.0.1", 0, dataDir), services, extensions);
    port = server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The token this run wrote, read back the way the CLI does. */
  public String token() {
    try {
      return Files.readString(dataDir.resolve("admin.token")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    metrics.close();
  }
}

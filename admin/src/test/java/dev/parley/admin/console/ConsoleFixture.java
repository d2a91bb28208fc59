package dev.parley.admin.console;

import dev.parley.admin.AdminResource;
import dev.parley.admin.AdminServer;
import dev.parley.admin.AdminServices;
import dev.parley.admin.AdminSettings;
import dev.parley.admin.ChatResource;
import dev.parley.admin.DnsRecordsResource;
import dev.parley.admin.EmailAddressesResource;
import dev.parley.admin.InMemoryAccountService;
import dev.parley.admin.InMemoryChatAdmin;
import dev.parley.admin.InMemoryEmailAddressesAdmin;
import dev.parley.admin.InMemoryFederationAdmin;
import dev.parley.admin.InMemoryPolicyAdmin;
import dev.parley.admin.InMemoryRouteDirectory;
import dev.parley.admin.InMemoryUserStore;
import dev.parley.admin.PolicyResource;
import dev.parley.admin.model.DnsRecordView;
import dev.parley.admin.model.DnsRecordsView;
import dev.parley.admin.model.ImportReport;
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
import java.util.List;
import java.util.Set;

/**
 * A real {@link AdminServer} with the web console and every extension resource, over in-memory
 * collaborators and a clock the test moves. Accounts: {@code admin@example.com} (admin), {@code
 * alice@example.com} (not an admin), {@code gone@example.com} (admin, disabled); all with password
 * {@value #PASSWORD}.
 */
final class ConsoleFixture implements AutoCloseable {

  static final String ADMIN = "admin@example.com";
  static final String PASSWORD = "s3cret-pass";

  final TestClock clock = new TestClock();
  final InMemoryUserStore users = new InMemoryUserStore();
  final InMemoryFederationAdmin federation = new InMemoryFederationAdmin("node-1", "node-2");
  final InMemoryChatAdmin chat = new InMemoryChatAdmin();
  final AdminServer server;
  final int port;
  private final Path dataDir;
  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  ConsoleFixture(Path dataDir) {
    this.dataDir = dataDir;
    InMemoryRouteDirectory routes = new InMemoryRouteDirectory();
    InMemoryAccountService accounts = new InMemoryAccountService(users, routes);
    accounts.create(Jid.parseBare(ADMIN), PASSWORD.toCharArray(), true);
    accounts.create(Jid.parseBare("alice@example.com"), PASSWORD.toCharArray(), false);
    accounts.create(Jid.parseBare("gone@example.com"), PASSWORD.toCharArray(), true);
    users.setDisabled(Jid.parseBare("gone@example.com"), true);
    ServerInfo info =
        new ServerInfo("Parley", "0.1.0-test", "node-1", Set.of(DomainJid.of("example.com")));
    AdminServices services =
        new AdminServices(
            accounts,
            users,
            routes,
            metrics,
            info,
            lines -> new ImportReport(0, List.of()),
            federation);
    DnsRecordsView dns =
        new DnsRecordsView(
            List.of("publish these records"),
            List.of(
                DnsRecordView.srv(
                    "_xmpp-server._tcp.example.com.", 3600, 0, 0, 5269, "xmpp.example.com.")));
    List<AdminResource> extensions =
        List.of(
            new PolicyResource(new InMemoryPolicyAdmin()),
            new ChatResource(chat),
            new EmailAddressesResource(new InMemoryEmailAddressesAdmin(List.of("example.com"))),
            new DnsRecordsResource(() -> dns));
    server =
        new AdminServer(
            AdminSettings.of("127.0.0.1", 0, dataDir),
            services,
            extensions,
            ConsoleSettings.defaults(),
            clock);
    port = server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  String token() {
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

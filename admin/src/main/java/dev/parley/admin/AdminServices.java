package dev.parley.admin;

import dev.parley.server.AccountService;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.UserStore;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;

/**
 * The node's collaborators the admin API works through; it reaches nothing else.
 *
 * @param accounts creates, deletes and re-keys accounts and checks admin passwords
 * @param users lists accounts and changes their attributes
 * @param routes the live client sessions
 * @param metrics scraped by {@code GET /metrics}
 * @param serverInfo name, version, node and hosted domains
 * @param importer bulk import for {@code POST /api/users/import}
 * @param federation federation settings, per-node federation, services and server streams
 */
public record AdminServices(
    AccountService accounts,
    UserStore users,
    RouteDirectory routes,
    PrometheusMeterRegistry metrics,
    ServerInfo serverInfo,
    AccountImporter importer,
    FederationAdmin federation) {

  public AdminServices {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(serverInfo, "serverInfo");
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(federation, "federation");
  }
}

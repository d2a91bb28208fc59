package dev.parley.cli;

import dev.parley.admin.model.HealthView;
import dev.parley.admin.model.ServiceView;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the operator which services wait for a restart and the command that applies the change on
 * each node. Restarting the Router restarts every service of its node (seed: "When you restart the
 * Cisco XCP Router service, IM and Presence restarts all the XCP services"), so one Router restart
 * per node is enough; a restart only reaches the node the CLI talks to, hence {@code --url} for the
 * others.
 */
final class PendingRestarts {

  static final String ROUTER = "router";

  private PendingRestarts() {}

  /** Fetches the services and the local node's name, then prints the advice. */
  static void print(AdminClient client, PrintWriter out) {
    List<ServiceView> services = client.get("/api/services", FederationPayloads.SERVICES);
    HealthView health = client.get("/api/health", Payloads.HEALTH);
    print(services, health.node(), out);
  }

  static void print(List<ServiceView> services, String localNode, PrintWriter out) {
    List<ServiceView> pending = services.stream().filter(ServiceView::restartPending).toList();
    if (pending.isEmpty()) {
      out.println("no restart pending");
      out.flush();
      return;
    }
    out.println(
        "restart pending: "
            + pending.stream()
                .map(s -> s.name() + " on " + s.node())
                .collect(Collectors.joining(", ")));
    Map<String, String> perNode = new LinkedHashMap<>();
    for (ServiceView service : pending) {
      perNode.merge(service.node(), service.name(), (a, b) -> a.equals(ROUTER) ? a : b);
    }
    perNode.forEach(
        (node, service) -> {
          if (node.equals(localNode)) {
            out.printf("  on %s (this node): parley services restart %s%n", node, service);
          } else {
            out.printf(
                "  on %s: parley services restart %s --url <admin URL of %s>%n",
                node, service, node);
          }
        });
    out.flush();
  }
}

package dev.parley.cli;

import dev.parley.admin.model.FederationNodeView;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code federation enable} and {@code federation disable}: the seed's "XMPP Federation Status"
 * On/Off for one node. Either way the Router of every node of the cluster must restart (seed).
 */
abstract class FederationSwitchCommand extends AdminCommand {

  @Option(
      names = "--node",
      paramLabel = "NODE",
      description = "The node to switch (default: the node this command talks to).")
  String node;

  private final boolean enable;

  FederationSwitchCommand(Terminal terminal, boolean enable) {
    super(terminal);
    this.enable = enable;
  }

  @Override
  final int run(AdminClient client) {
    String target = node != null ? node : client.get("/api/health", Payloads.HEALTH).node();
    FederationNodeView view =
        client.put(
            "/api/federation/nodes/" + AdminClient.segment(target),
            Map.of("enabled", enable),
            FederationPayloads.NODE);
    out()
        .printf(
            "XMPP federation is %s for %s (federation service: %s)%n",
            view.enabled() ? "on" : "off", view.node(), Table.cell(view.serviceStatus()));
    PendingRestarts.print(client, out());
    return 0;
  }
}

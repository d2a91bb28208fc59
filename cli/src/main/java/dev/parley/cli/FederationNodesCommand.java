package dev.parley.cli;

import dev.parley.admin.model.FederationNodeView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code federation nodes}: which nodes run XMPP federation. */
@Command(
    name = "nodes",
    mixinStandardHelpOptions = true,
    description = "Lists the cluster's nodes: XMPP federation on or off, and the service's state.")
final class FederationNodesCommand extends AdminCommand {

  FederationNodesCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<FederationNodeView> nodes = client.get("/api/federation/nodes", FederationPayloads.NODES);
    Table table = new Table("NODE", "XMPP FEDERATION", "SERVICE", "LISTENERS");
    for (FederationNodeView node : nodes) {
      table.add(
          node.node(),
          node.enabled() ? "on" : "off",
          Table.cell(node.serviceStatus()),
          node.listeners() == null || node.listeners().isEmpty()
              ? "-"
              : String.join(", ", node.listeners()));
    }
    table.print(out());
    return 0;
  }
}

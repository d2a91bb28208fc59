package dev.parley.cli;

import dev.parley.admin.model.ServiceView;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code services restart router|federation}: restarts a service of the node the CLI talks to. */
@Command(
    name = "restart",
    mixinStandardHelpOptions = true,
    description = {
      "Restarts a service of this node, applying pending changes.",
      "Restarting the Router restarts every service of the node. The federation service cannot"
          + " start while XMPP federation is off on the node."
    })
final class ServiceRestartCommand extends AdminCommand {

  private static final Set<String> NAMES = Set.of(PendingRestarts.ROUTER, "federation");

  @Parameters(index = "0", paramLabel = "SERVICE", description = "router or federation.")
  String name;

  ServiceRestartCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    if (!NAMES.contains(name)) {
      throw new ParameterException(
          spec.commandLine(), "unknown service '" + name + "': router or federation");
    }
    ServiceView service =
        client.post(
            "/api/services/" + AdminClient.segment(name) + "/restart",
            Map.of(),
            FederationPayloads.SERVICE);
    out()
        .printf(
            "restarted %s on %s: %s%s%n",
            service.name(),
            service.node(),
            service.status(),
            service.name().equals(PendingRestarts.ROUTER)
                ? " (with every other service of the node)"
                : "");
    PendingRestarts.print(client, out());
    return 0;
  }
}

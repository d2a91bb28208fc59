package dev.parley.cli;

import dev.parley.admin.model.HealthView;
import dev.parley.admin.model.ServiceView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code services}: the seed's Serviceability &gt; Control Center, with the Router under Network
 * Services and the XMPP Federation Connection Manager under Feature Services.
 */
@Command(
    name = "services",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the services of the cluster's nodes (the Control Center) and whether a restart is"
          + " pending to apply a change.",
      "Restart one with 'services restart router|federation'."
    })
final class ServicesCommand extends AdminCommand {

  /** The seed's label and Control Center group of each service. */
  private static final Map<String, String[]> LABELS =
      Map.of(
          "router", new String[] {"Router", "Network Services"},
          "federation", new String[] {"XMPP Federation Connection Manager", "Feature Services"});

  ServicesCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<ServiceView> services = client.get("/api/services", FederationPayloads.SERVICES);
    HealthView health = client.get("/api/health", Payloads.HEALTH);
    Table table = new Table("NAME", "SERVICE", "GROUP", "NODE", "STATUS", "RESTART", "NOTE");
    for (ServiceView service : services) {
      String[] label = LABELS.getOrDefault(service.name(), new String[] {service.name(), "-"});
      table.add(
          service.name(),
          label[0],
          label[1],
          Table.cell(service.node()),
          Table.cell(service.status()),
          service.restartPending() ? "pending" : "-",
          Table.cell(service.note()));
    }
    table.print(out());
    PendingRestarts.print(services, health.node(), out());
    return 0;
  }
}

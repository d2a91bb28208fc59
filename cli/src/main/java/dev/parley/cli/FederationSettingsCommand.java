package dev.parley.cli;

import dev.parley.admin.model.FederationSettingsView;
import picocli.CommandLine.Command;

/** {@code federation settings}: shows the stored settings. */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the XMPP federation settings, which are the same for every node of the cluster.",
      "Change them with 'federation settings set'."
    })
final class FederationSettingsCommand extends AdminCommand {

  FederationSettingsCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    FederationSettingsView settings =
        client.get("/api/federation/settings", FederationPayloads.SETTINGS);
    FederationSettingsPrinter.print(settings, out());
    if (settings.restartPending()) {
      out().println("the running services still use the previous settings:");
      PendingRestarts.print(client, out());
    }
    return 0;
  }
}

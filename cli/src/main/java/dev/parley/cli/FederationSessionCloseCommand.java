package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code federation sessions close ID}. */
@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    description = "Closes a server-to-server stream; the peer may open a new one.")
final class FederationSessionCloseCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The stream's id, from the list.")
  String id;

  FederationSessionCloseCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    client.delete("/api/federation/sessions/" + AdminClient.segment(id));
    out().printf("closed server stream %s%n", id);
    return 0;
  }
}

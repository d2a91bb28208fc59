package dev.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user delete JID}. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Deletes an account and everything stored for it, and closes its sessions.")
final class UserDeleteCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "JID", description = "The account's bare JID.")
  String jid;

  UserDeleteCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    client.delete("/api/users/" + AdminClient.segment(jid));
    out().printf("deleted %s%n", jid);
    return 0;
  }
}

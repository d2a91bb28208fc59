package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code federation disable [--node N]}. */
@Command(
    name = "disable",
    mixinStandardHelpOptions = true,
    description = {
      "Turns XMPP federation off for a node.",
      "The Router of every node must then be restarted; the command prints how."
    })
final class FederationDisableCommand extends FederationSwitchCommand {

  FederationDisableCommand(Terminal terminal) {
    super(terminal, false);
  }
}

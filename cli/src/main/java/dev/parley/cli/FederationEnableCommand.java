package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code federation enable [--node N]}. */
@Command(
    name = "enable",
    mixinStandardHelpOptions = true,
    description = {
      "Turns XMPP federation on for a node (it is off by default).",
      "The Router of every node must then be restarted; the command prints how."
    })
final class FederationEnableCommand extends FederationSwitchCommand {

  FederationEnableCommand(Terminal terminal) {
    super(terminal, true);
  }
}

package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code user enable JID}. */
@Command(
    name = "enable",
    mixinStandardHelpOptions = true,
    description = "Allows a disabled account to log in again.")
final class UserEnableCommand extends UserStateCommand {

  UserEnableCommand(Terminal terminal) {
    super(terminal, false);
  }
}

package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code user disable JID}. */
@Command(
    name = "disable",
    mixinStandardHelpOptions = true,
    description = "Refuses the account's logins and closes its live sessions; nothing is deleted.")
final class UserDisableCommand extends UserStateCommand {

  UserDisableCommand(Terminal terminal) {
    super(terminal, true);
  }
}

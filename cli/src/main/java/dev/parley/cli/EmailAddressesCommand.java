package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code federation email-addresses}: the parent of show, enable, disable and impact. */
@Command(
    name = "email-addresses",
    mixinStandardHelpOptions = true,
    description =
        "Email addresses for XMPP federation: federated contacts see local users by their email"
            + " address (cluster-wide, off by default, applied at the Router restart).")
final class EmailAddressesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: show, enable, disable or impact");
  }

  /** The command with its subcommands, for {@code federation}'s list. */
  static CommandLine command(Terminal terminal) {
    return new CommandLine(new EmailAddressesCommand())
        .addSubcommand(new EmailAddressesShowCommand(terminal))
        .addSubcommand(new EmailAddressesSwitchCommand.Enable(terminal))
        .addSubcommand(new EmailAddressesSwitchCommand.Disable(terminal))
        .addSubcommand(new EmailAddressesImpactCommand(terminal));
  }
}

package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code federation policy}: the parent of the policy commands; alone it only explains itself. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = {
      "The federation policy (Presence > Inter Domain Federation > XMPP Federation > Policy):"
          + " a default, Allow or Deny, and exceptions per domain and direction.",
      "A change is applied by a Router restart: parley services restart router."
    })
final class FederationPolicyCommand implements Runnable {

  @Spec CommandSpec spec;

  /** The command with its subcommands, for the {@code federation} tree. */
  static CommandLine tree(Terminal terminal) {
    return new CommandLine(new FederationPolicyCommand())
        .addSubcommand(new PolicyShowCommand(terminal))
        .addSubcommand(new PolicySetDefaultCommand(terminal))
        .addSubcommand(new PolicyAddExceptionCommand(terminal))
        .addSubcommand(new PolicyRemoveExceptionCommand(terminal))
        .addSubcommand(new PolicyCheckCommand(terminal))
        .addSubcommand(new PolicyDiffCommand(terminal))
        .addSubcommand(new PolicyHistoryCommand(terminal));
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: show, set-default, add-exception, remove-exception, check, diff or"
            + " history");
  }
}

package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code parley} admin command line: {@code ./parley user add alice@example.com} runs {@code
 * ParleyCli user add alice@example.com}. Exit codes: 0 done, 1 the node refused or failed the
 * request (or an import line was refused), 2 bad usage, 3 no running node, 4 token or credentials
 * refused.
 */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "Parley admin CLI",
    description = "Administers a running Parley node through its admin REST API.")
public final class ParleyCli implements Runnable {

  @Spec CommandSpec spec;

  /** Runs one command and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine(new SystemTerminal()).execute(args));
  }

  /** The whole command tree, every leaf command reading secrets from {@code terminal}. */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine user =
        new CommandLine(new UserCommand())
            .addSubcommand(new UserAddCommand(terminal))
            .addSubcommand(new UserDeleteCommand(terminal))
            .addSubcommand(new UserPasswdCommand(terminal))
            .addSubcommand(new UserListCommand(terminal))
            .addSubcommand(new UserSetEmailCommand(terminal))
            .addSubcommand(new UserImportCommand(terminal))
            .addSubcommand(new UserDisableCommand(terminal))
            .addSubcommand(new UserEnableCommand(terminal));
    CommandLine root =
        new CommandLine(new ParleyCli())
            .addSubcommand(user)
            .addSubcommand(new SessionsCommand(terminal))
            .addSubcommand(new StatusCommand(terminal))
            .addSubcommand(federation(terminal))
            .addSubcommand(services(terminal))
            .addSubcommand(ChatCommand.tree(terminal))
            .addSubcommand(DnsCommand.tree(terminal))
            .addSubcommand(new CommandLine.HelpCommand());
    root.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("parley: " + message(e));
          commandLine.getErr().flush();
          return e instanceof CliException cli ? cli.exitCode() : CliException.FAILED;
        });
    return root;
  }

  private static CommandLine federation(Terminal terminal) {
    CommandLine settings =
        new CommandLine(new FederationSettingsCommand(terminal))
            .addSubcommand(new FederationSettingsSetCommand(terminal));
    CommandLine sessions =
        new CommandLine(new FederationSessionsCommand(terminal))
            .addSubcommand(new FederationSessionCloseCommand(terminal));
    return new CommandLine(new FederationCommand())
        .addSubcommand(settings)
        .addSubcommand(new FederationNodesCommand(terminal))
        .addSubcommand(new FederationEnableCommand(terminal))
        .addSubcommand(new FederationDisableCommand(terminal))
        .addSubcommand(EmailAddressesCommand.command(terminal))
        .addSubcommand(sessions)
        .addSubcommand(FederationPolicyCommand.tree(terminal));
  }

  private static CommandLine services(Terminal terminal) {
    return new CommandLine(new ServicesCommand(terminal))
        .addSubcommand(new ServiceRestartCommand(terminal));
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: user, sessions, status, federation or services");
  }

  private static String message(Exception e) {
    if (e instanceof CliException) {
      return e.getMessage();
    }
    return e.getMessage() == null
        ? e.toString()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}

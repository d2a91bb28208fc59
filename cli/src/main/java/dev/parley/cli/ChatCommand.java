package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chat}: the chat (XEP-0045) commands' parent; alone it only explains itself. */
@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description = "Chat rooms: chat node aliases (Messaging > Conference Server Alias Mapping).")
final class ChatCommand implements Runnable {

  @Spec CommandSpec spec;

  /** {@code chat aliases list|add|remove}. */
  static CommandLine tree(Terminal terminal) {
    CommandLine aliases =
        new CommandLine(new ChatAliasesCommand())
            .addSubcommand(new ChatAliasListCommand(terminal))
            .addSubcommand(new ChatAliasAddCommand(terminal))
            .addSubcommand(new ChatAliasRemoveCommand(terminal));
    return new CommandLine(new ChatCommand()).addSubcommand(aliases);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: aliases");
  }
}

package dev.parley.cli;

import picocli.CommandLine.Command;

/** {@code federation policy show}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows the stored policy and whether this node still enforces an older one.")
final class PolicyShowCommand extends AdminCommand {

  PolicyShowCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    PolicyPrinter.print(client.get(PolicyPayloads.PATH, PolicyPayloads.POLICY), out());
    return 0;
  }
}

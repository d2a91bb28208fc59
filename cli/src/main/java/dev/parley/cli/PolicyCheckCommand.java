package dev.parley.cli;

import dev.parley.admin.model.PolicyCheckView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code federation policy check --direction in|out --domain D}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Prints the verdict for one remote domain and direction, and the rule behind it.")
final class PolicyCheckCommand extends AdminCommand {

  @Option(
      names = "--direction",
      required = true,
      paramLabel = "in|out",
      description = "in: packets from the domain; out: packets to it.")
  String direction;

  @Option(names = "--domain", required = true, paramLabel = "DOMAIN", description = "The domain.")
  String domain;

  PolicyCheckCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    PolicyCheckView check =
        client.get(
            PolicyPayloads.PATH
                + "/check?direction="
                + AdminClient.segment(direction)
                + "&domain="
                + AdminClient.segment(domain),
            PolicyPayloads.CHECK);
    out().printf("%s: %s%n", check.verdict(), check.explanation());
    out().printf("rule: %s%n", check.rule());
    if (!check.verdict().equals(check.appliedVerdict())
        || !check.rule().equals(check.appliedRule())) {
      out()
          .printf(
              "until the Router restarts, this node still decides: %s (%s)%n",
              check.appliedVerdict(), check.appliedRule());
    }
    return 0;
  }
}

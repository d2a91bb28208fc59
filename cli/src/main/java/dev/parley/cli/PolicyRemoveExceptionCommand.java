package dev.parley.cli;

import dev.parley.admin.model.PolicyView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code federation policy remove-exception DOMAIN}. */
@Command(
    name = "remove-exception",
    mixinStandardHelpOptions = true,
    description = "Removes the exception for one entry.")
final class PolicyRemoveExceptionCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "DOMAIN", description = "The entry, as listed by show.")
  String domain;

  PolicyRemoveExceptionCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    client.delete(PolicyPayloads.PATH + "/exceptions/" + AdminClient.segment(domain));
    PolicyView view = client.get(PolicyPayloads.PATH, PolicyPayloads.POLICY);
    out().println("federation policy saved");
    PolicyPrinter.print(view, out());
    return 0;
  }
}

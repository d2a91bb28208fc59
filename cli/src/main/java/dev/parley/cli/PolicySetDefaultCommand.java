package dev.parley.cli;

import dev.parley.admin.model.PolicyUpdate;
import dev.parley.admin.model.PolicyView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code federation policy set-default allow|deny}. */
@Command(
    name = "set-default",
    mixinStandardHelpOptions = true,
    description = "Sets the default: allow (deny only the exceptions) or deny (allow only them).")
final class PolicySetDefaultCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "allow|deny", description = "The new default.")
  String policy;

  PolicySetDefaultCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    PolicyView view =
        client.put(PolicyPayloads.PATH, new PolicyUpdate(policy, null), PolicyPayloads.POLICY);
    out().println("federation policy saved");
    PolicyPrinter.print(view, out());
    return 0;
  }
}

package dev.parley.cli;

import dev.parley.admin.model.PolicyHistoryView;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code federation policy history}: every change, newest first. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Lists every change of the policy: who, when, what, before and after.")
final class PolicyHistoryCommand extends AdminCommand {

  PolicyHistoryCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    List<PolicyHistoryView> history =
        client.get(PolicyPayloads.PATH + "/history", PolicyPayloads.HISTORY);
    if (history.isEmpty()) {
      out().println("the policy was never changed (Allow, no exceptions)");
      return 0;
    }
    Table table = new Table("REVISION", "WHEN", "WHO", "CHANGE", "BEFORE", "AFTER");
    for (PolicyHistoryView h : history) {
      table.add(Long.toString(h.revision()), h.at(), h.by(), h.change(), h.before(), h.after());
    }
    table.print(out());
    return 0;
  }
}

package dev.parley.cli;

import dev.parley.admin.model.PolicyDiffView;
import dev.parley.admin.model.PolicyDomainChangeView;
import dev.parley.admin.model.PolicyStreamCloseView;
import picocli.CommandLine.Command;

/** {@code federation policy diff}: what a Router restart would change on this node. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Shows what applying the stored policy changes: domains going from allowed to denied or"
            + " back, and live server streams that will be closed.")
final class PolicyDiffCommand extends AdminCommand {

  PolicyDiffCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    PolicyDiffView diff = client.get(PolicyPayloads.PATH + "/diff", PolicyPayloads.DIFF);
    out()
        .printf(
            "applied revision %s, stored revision %d%n",
            diff.appliedRevision() == null ? "none" : diff.appliedRevision(),
            diff.storedRevision());
    if (diff.domains().isEmpty()) {
      out().println("no domain changes verdict");
    } else {
      Table domains = new Table("DOMAIN", "DIRECTION", "NOW", "AFTER RESTART", "RULE");
      for (PolicyDomainChangeView c : diff.domains()) {
        domains.add(c.domain(), c.direction(), c.before(), c.after(), c.rule());
      }
      domains.print(out());
    }
    if (diff.closing().isEmpty()) {
      out().println("no live server stream will be closed");
    } else {
      out().println("live server streams that will be closed with policy-violation:");
      Table streams = new Table("STREAM", "DIRECTION", "REMOTE DOMAIN", "RULE");
      for (PolicyStreamCloseView s : diff.closing()) {
        streams.add(s.id(), s.direction(), s.remoteDomain(), s.rule());
      }
      streams.print(out());
    }
    return 0;
  }
}

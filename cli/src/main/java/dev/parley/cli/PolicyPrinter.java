package dev.parley.cli;

import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyView;
import java.io.PrintWriter;

/** Prints the policy as the console page shows it, and what is still to restart. */
final class PolicyPrinter {

  private PolicyPrinter() {}

  static void print(PolicyView policy, PrintWriter out) {
    out.printf(
        "default policy: %s (revision %d)%n",
        policy.defaultPolicy().equals("allow") ? "Allow" : "Deny", policy.revision());
    if (policy.exceptions().isEmpty()) {
      out.println("exceptions: none");
    } else {
      Table table = new Table("EXCEPTION", "DIRECTION");
      for (PolicyExceptionView e : policy.exceptions()) {
        table.add(e.domain(), direction(e.direction()));
      }
      table.print(out);
    }
    if (policy.restartPending()) {
      out.printf(
          "restart pending: this node enforces revision %d; apply with: parley services restart"
              + " router (see: parley federation policy diff)%n",
          policy.appliedRevision());
    } else if (policy.appliedRevision() == null) {
      out.println("not enforced on this node: XMPP federation is not running here");
    }
  }

  /** The seed's wording for a direction. */
  static String direction(String direction) {
    return switch (direction) {
      case "incoming" -> "only incoming packets from it";
      case "outgoing" -> "only outgoing packets to it";
      default -> "all packets from/to it";
    };
  }
}

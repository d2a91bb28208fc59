package dev.parley.admin;

import dev.parley.admin.model.PolicyCheckView;
import dev.parley.admin.model.PolicyDiffView;
import dev.parley.admin.model.PolicyDomainChangeView;
import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyHistoryView;
import dev.parley.admin.model.PolicyStreamCloseView;
import dev.parley.admin.model.PolicyUpdate;
import dev.parley.admin.model.PolicyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A federation policy held in memory, deciding by exact entries only (the real matching is tested
 * in the policy module): enough to drive the REST resource and the CLI. Shared with cli's tests.
 */
public final class InMemoryPolicyAdmin implements FederationPolicyAdmin {

  private boolean allow = true;
  private final Map<String, String> exceptions = new TreeMap<>();
  private final List<PolicyHistoryView> history = new ArrayList<>();
  private long revision;
  private long applied;

  /** What a Router restart does: the stored policy is in force. */
  public synchronized void applyNow() {
    applied = revision;
  }

  @Override
  public synchronized PolicyView policy() {
    List<PolicyExceptionView> list = new ArrayList<>();
    exceptions.forEach((d, dir) -> list.add(new PolicyExceptionView(d, dir)));
    return new PolicyView(allow ? "allow" : "deny", list, revision, applied, applied != revision);
  }

  private String text() {
    StringBuilder text = new StringBuilder(allow ? "Allow" : "Deny");
    exceptions.forEach((d, dir) -> text.append("; ").append(d).append('=').append(dir));
    return text.toString();
  }

  private PolicyView changed(String before, String by, String change) {
    revision++;
    history.add(
        0, new PolicyHistoryView(revision, "2025-03-01T10:15:30Z", by, change, before, text()));
    return policy();
  }

  @Override
  public synchronized PolicyView update(PolicyUpdate update, String by) {
    String before = text();
    if (update.defaultPolicy() != null) {
      String value = update.defaultPolicy().toLowerCase(Locale.ROOT);
      if (!value.equals("allow") && !value.equals("deny")) {
        throw new IllegalArgumentException(
            "unknown default policy '" + update.defaultPolicy() + "': use allow or deny");
      }
      allow = value.equals("allow");
    }
    if (update.exceptions() != null) {
      exceptions.clear();
      update.exceptions().forEach(e -> exceptions.put(e.domain(), e.direction()));
    }
    return changed(before, by, "default " + (allow ? "Allow" : "Deny"));
  }

  @Override
  public synchronized PolicyView addException(PolicyExceptionView exception, String by) {
    if (!List.of("all", "incoming", "outgoing").contains(exception.direction())) {
      throw new IllegalArgumentException(
          "unknown direction '" + exception.direction() + "': use all, incoming or outgoing");
    }
    String before = text();
    exceptions.put(exception.domain().toLowerCase(Locale.ROOT), exception.direction());
    return changed(before, by, "exception " + exception.domain() + " " + exception.direction());
  }

  @Override
  public synchronized PolicyView removeException(String domain, String by) {
    String before = text();
    if (exceptions.remove(domain.toLowerCase(Locale.ROOT)) == null) {
      throw new IllegalArgumentException("no exception for " + domain);
    }
    return changed(before, by, "removed exception " + domain);
  }

  @Override
  public synchronized PolicyCheckView check(String direction, String domain) {
    if (!direction.equals("in") && !direction.equals("out")) {
      throw new IllegalArgumentException("unknown direction '" + direction + "': use in or out");
    }
    String dir = exceptions.get(domain);
    boolean covered =
        dir != null
            && (dir.equals("all") || dir.equals(direction.equals("in") ? "incoming" : "outgoing"));
    String rule =
        covered
            ? "exception " + domain + " (" + dir + ")"
            : "default " + (allow ? "Allow" : "Deny");
    String verdict = covered != allow ? "allowed" : "denied";
    return new PolicyCheckView(
        domain,
        direction,
        verdict,
        rule,
        domain + " " + verdict + " by the " + rule,
        verdict,
        rule);
  }

  @Override
  public synchronized PolicyDiffView diff() {
    List<PolicyDomainChangeView> domains = new ArrayList<>();
    List<PolicyStreamCloseView> closing = new ArrayList<>();
    if (applied != revision && exceptions.containsKey("blocked.org")) {
      domains.add(
          new PolicyDomainChangeView(
              "blocked.org", "in", "allowed", "denied", "exception blocked.org (all)"));
      closing.add(
          new PolicyStreamCloseView(
              "s2s-7", "inbound", "blocked.org", "exception blocked.org (all)"));
    }
    return new PolicyDiffView(applied, revision, domains, closing);
  }

  @Override
  public synchronized List<PolicyHistoryView> history() {
    return List.copyOf(history);
  }
}

package dev.parley.node;

import dev.parley.admin.FederationPolicyAdmin;
import dev.parley.admin.model.PolicyCheckView;
import dev.parley.admin.model.PolicyDiffView;
import dev.parley.admin.model.PolicyDomainChangeView;
import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyHistoryView;
import dev.parley.admin.model.PolicyStreamCloseView;
import dev.parley.admin.model.PolicyUpdate;
import dev.parley.admin.model.PolicyView;
import dev.parley.policy.FederationPolicy;
import dev.parley.policy.PolicyChange;
import dev.parley.policy.PolicyDecision;
import dev.parley.policy.PolicyDiff;
import dev.parley.policy.PolicyDirection;
import dev.parley.policy.PolicyException;
import dev.parley.policy.PolicyStore;
import dev.parley.policy.StoredPolicy;
import dev.parley.protocol.DomainJid;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The admin API's federation policy, backed by the cluster-wide {@link PolicyStore}. A change bumps
 * the federation topology version, so that the Router of every node shows "restart pending" (the
 * seed's rule for every XMPP federation setting); the restart applies it ({@link NodePolicy}).
 */
final class NodePolicyAdmin implements FederationPolicyAdmin {
  private final String node;
  private final PolicyStore store;
  private final FederationLifecycle lifecycle;

  NodePolicyAdmin(String node, PolicyStore store, FederationLifecycle lifecycle) {
    this.node = node;
    this.store = store;
    this.lifecycle = lifecycle;
  }

  @Override
  public PolicyView policy() {
    return view(store.current());
  }

  private PolicyView view(StoredPolicy stored) {
    Optional<Long> applied = appliedRevision();
    return new PolicyView(
        stored.policy().allowByDefault() ? "allow" : "deny",
        stored.policy().exceptions().stream()
            .map(e -> new PolicyExceptionView(e.domain(), e.direction().label()))
            .toList(),
        stored.revision(),
        applied.orElse(null),
        applied.isPresent() && applied.get() != stored.revision());
  }

  /** The revision this node enforces; empty while its federation service is not running. */
  private Optional<Long> appliedRevision() {
    if (lifecycle.running().isEmpty()) {
      return Optional.empty();
    }
    return store.applied(node).map(PolicyStore.AppliedRevision::revision);
  }

  private StoredPolicy appliedPolicy() {
    return store.applied(node).map(a -> store.at(a.revision())).orElse(StoredPolicy.INITIAL);
  }

  private PolicyView change(String by, String what, UnaryOperator<FederationPolicy> edit) {
    StoredPolicy stored = store.change(by, what, edit);
    lifecycle.repository().markRouterRestartPending();
    return view(stored);
  }

  @Override
  public PolicyView update(PolicyUpdate update, String by) {
    Optional<Boolean> allow =
        Optional.ofNullable(update.defaultPolicy()).map(FederationPolicy::parseDefault);
    Optional<List<PolicyException>> exceptions =
        Optional.ofNullable(update.exceptions())
            .map(list -> list.stream().map(NodePolicyAdmin::exception).toList());
    String what =
        allow.map(a -> "default " + (a ? "Allow" : "Deny")).orElse("")
            + exceptions.map(e -> (allow.isPresent() ? ", " : "") + "exceptions " + e).orElse("");
    return change(
        by,
        what.isEmpty() ? "nothing" : what,
        p -> {
          FederationPolicy next = allow.map(p::withDefault).orElse(p);
          return exceptions.map(e -> new FederationPolicy(next.allowByDefault(), e)).orElse(next);
        });
  }

  private static PolicyException exception(PolicyExceptionView view) {
    return new PolicyException(
        view.domain(), PolicyDirection.parse(Optional.ofNullable(view.direction()).orElse("all")));
  }

  @Override
  public PolicyView addException(PolicyExceptionView view, String by) {
    PolicyException exception = exception(view);
    return change(by, "added exception " + exception, p -> p.with(exception));
  }

  @Override
  public PolicyView removeException(String domain, String by) {
    return change(by, "removed exception " + domain.strip(), p -> p.without(domain));
  }

  @Override
  public PolicyCheckView check(String direction, String domain) {
    PolicyDirection.Traffic traffic = PolicyDirection.Traffic.parse(direction);
    String remote = DomainJid.of(domain.strip()).domain();
    PolicyDecision stored = store.current().policy().decide(traffic, remote);
    PolicyDecision applied = appliedPolicy().policy().decide(traffic, remote);
    return new PolicyCheckView(
        remote,
        traffic.label(),
        stored.verdict(),
        stored.ruleName(),
        stored.explanation(),
        applied.verdict(),
        applied.ruleName());
  }

  @Override
  public PolicyDiffView diff() {
    StoredPolicy stored = store.current();
    StoredPolicy applied = appliedPolicy();
    List<PolicyDiff.LiveStream> streams =
        lifecycle.streams().snapshots().stream().flatMap(s -> NodePolicy.view(s).stream()).toList();
    PolicyDiff diff = PolicyDiff.between(applied.policy(), stored.policy(), streams, List.of());
    return new PolicyDiffView(
        appliedRevision().orElse(null),
        stored.revision(),
        diff.domains().stream()
            .map(
                c ->
                    new PolicyDomainChangeView(
                        c.domain(),
                        c.direction().label(),
                        c.before().verdict(),
                        c.after().verdict(),
                        c.after().ruleName()))
            .toList(),
        diff.closing().stream()
            .map(
                s ->
                    new PolicyStreamCloseView(
                        s.id(),
                        s.direction() == PolicyDirection.Traffic.INBOUND ? "inbound" : "outbound",
                        s.remoteDomain(),
                        stored.policy().decide(s.direction(), s.remoteDomain()).ruleName()))
            .toList());
  }

  @Override
  public List<PolicyHistoryView> history() {
    return store.history().stream().map(NodePolicyAdmin::view).toList();
  }

  private static PolicyHistoryView view(PolicyChange c) {
    return new PolicyHistoryView(
        c.revision(),
        c.at().toString(),
        c.by(),
        c.change(),
        c.before().toText(),
        c.after().toText());
  }
}

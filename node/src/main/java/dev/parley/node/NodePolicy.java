package dev.parley.node;

import dev.parley.federation.InboundAdmission;
import dev.parley.federation.ServerStream;
import dev.parley.federation.ServerStreams;
import dev.parley.policy.PolicyDecision;
import dev.parley.policy.PolicyDenials;
import dev.parley.policy.PolicyDiff;
import dev.parley.policy.PolicyDirection;
import dev.parley.policy.PolicyEnforcement;
import dev.parley.policy.PolicyStore;
import dev.parley.policy.StoredPolicy;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.Router;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The federation policy at this node's federation edges. Each start of the federation service (node
 * start, Router or federation restart) applies the stored policy: it is put in force, recorded as
 * this node's applied revision, and the live server streams it now denies are closed with the
 * {@code policy-violation} stream error before the restart shuts the others down.
 */
final class NodePolicy {
  private static final Logger LOG = LoggerFactory.getLogger(NodePolicy.class);
  private final String node;
  private final PolicyStore store;
  private final PolicyEnforcement enforcement;
  private final Router bounces;
  private final Supplier<Optional<ServerStreams>> streams;

  /**
   * @param bounces the node's router, which delivers policy errors to local senders
   * @param streams the live server streams (empty while the federation lifecycle is being built)
   */
  NodePolicy(
      String node,
      PolicyStore store,
      MeterRegistry metrics,
      Router bounces,
      Supplier<Optional<ServerStreams>> streams) {
    this.node = node;
    this.store = store;
    this.enforcement = new PolicyEnforcement(StoredPolicy.INITIAL, new PolicyDenials(metrics));
    this.bounces = bounces;
    this.streams = streams;
  }

  /** The policy layered outside {@code inner}: it decides first at every edge. */
  FederationEdges around(FederationEdges inner) {
    return new FederationEdges(
        remote -> admit(remote, inner.admission()),
        router -> {
          apply();
          return enforcement.inbound(inner.inbound().apply(router));
        },
        service -> enforcement.outbound(inner.outbound().apply(service), bounces));
  }

  private InboundAdmission.Verdict admit(DomainJid remote, InboundAdmission inner) {
    Optional<PolicyDecision> refused = enforcement.refuseInbound(remote.domain());
    if (refused.isPresent()) {
      return new InboundAdmission.Refused("federation policy: " + refused.get().explanation());
    }
    return inner.admit(remote);
  }

  /** Puts the stored policy in force and closes the streams it denies. */
  private void apply() {
    StoredPolicy stored = store.current();
    long before = enforcement.applied().revision();
    enforcement.apply(stored);
    store.applied(node, stored.revision());
    if (before != stored.revision()) {
      LOG.info(
          "federation policy revision {} applied on node {}: {}",
          stored.revision(),
          node,
          stored.policy().toText());
    }
    ServerStreams live = streams.get().orElse(null);
    if (live == null) {
      return;
    }
    List<PolicyDiff.LiveStream> open =
        live.snapshots().stream().flatMap(s -> view(s).stream()).toList();
    for (PolicyDiff.LiveStream denied : PolicyDiff.closing(stored.policy(), open)) {
      PolicyDecision decision = stored.policy().decide(denied.direction(), denied.remoteDomain());
      enforcement.denials().stream(
          decision, "closed the " + denied.direction().label() + " stream " + denied.id() + " of");
      live.find(denied.id())
          .ifPresent(
              s ->
                  s.close(
                      StreamError.of(
                          StreamErrorCondition.POLICY_VIOLATION,
                          "federation policy: " + decision.explanation())));
    }
  }

  /** A stream as the policy sees it; empty before its remote domain is known. */
  static Optional<PolicyDiff.LiveStream> view(ServerStream.Snapshot s) {
    if (s.remoteDomain() == null || s.remoteDomain().equals("null")) {
      return Optional.empty();
    }
    PolicyDirection.Traffic direction =
        s.direction() == ServerStream.Direction.INBOUND
            ? PolicyDirection.Traffic.INBOUND
            : PolicyDirection.Traffic.OUTBOUND;
    return Optional.of(new PolicyDiff.LiveStream(s.id(), direction, s.remoteDomain()));
  }
}

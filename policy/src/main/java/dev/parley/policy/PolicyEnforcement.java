package dev.parley.policy;

import dev.parley.server.DomainService;
import dev.parley.server.Router;
import java.util.Optional;

/**
 * The policy one node enforces at its federation edges, and the edges themselves. It holds the
 * applied policy, which changes only when the policy is applied (the Router or federation service
 * restarts, as the seed asks); a stored change waits until then ("restart pending").
 */
public final class PolicyEnforcement {
  private final PolicyDenials denials;
  private volatile StoredPolicy applied;
  private volatile PolicyDecisions decisions;

  public PolicyEnforcement(StoredPolicy applied, PolicyDenials denials) {
    this.applied = applied;
    this.decisions = new PolicyDecisions(applied.policy());
    this.denials = denials;
  }

  /** The policy in force on this node. */
  public StoredPolicy applied() {
    return applied;
  }

  /** Puts {@code policy} in force; the caller closes the streams it now denies. */
  public void apply(StoredPolicy policy) {
    this.decisions = new PolicyDecisions(policy.policy());
    this.applied = policy;
  }

  /**
   * Whether {@code remote}, just proven on an inbound stream, must fail authentication: present
   * (the deciding inbound rule) when the policy denies it both ways, counted and logged per stream;
   * see {@link FederationPolicy#admitsInboundStream}. Must not block: it runs on an event loop.
   */
  public Optional<PolicyDecision> refuseInbound(String remote) {
    FederationPolicy policy = applied.policy();
    if (policy.admitsInboundStream(remote)) {
      return Optional.empty();
    }
    PolicyDecision decision = policy.decide(PolicyDirection.Traffic.INBOUND, remote);
    denials.stream(decision, "refused the inbound stream from");
    return Optional.of(decision);
  }

  /** Wraps the router that stanzas from authenticated server streams enter. */
  public Router inbound(Router next) {
    return new PolicyInboundRouter(next, () -> decisions, denials);
  }

  /**
   * Wraps the federation service's outbound routes; refused stanzas are answered through {@code
   * bounces} (the node's router, which delivers the error to the local sender).
   */
  public DomainService outbound(DomainService next, Router bounces) {
    return new PolicyOutboundService(next, bounces, () -> decisions, denials);
  }

  /** The counter and log of denials, for the streams the caller closes on apply. */
  public PolicyDenials denials() {
    return denials;
  }
}

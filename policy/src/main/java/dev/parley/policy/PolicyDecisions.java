package dev.parley.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decisions of one applied policy, remembered per direction and remote domain. Deciding
 * normalizes the domain (IDNA, case) and scans the exceptions, which cost 10 % of a federated
 * stanza's CPU on both servers of the s2s benchmark; an applied policy never changes (a change
 * builds a new one), so each answer can be kept until the next apply.
 *
 * <p>At most {@link #MAX_REMEMBERED} domains per direction are kept: local users can address any
 * number of domains, and past that the decision is simply computed again.
 */
final class PolicyDecisions {
  static final int MAX_REMEMBERED = 10_000;

  private final FederationPolicy policy;
  private final Map<String, PolicyDecision> inbound = new ConcurrentHashMap<>();
  private final Map<String, PolicyDecision> outbound = new ConcurrentHashMap<>();

  PolicyDecisions(FederationPolicy policy) {
    this.policy = policy;
  }

  /** The same decision as {@link FederationPolicy#decide}. */
  PolicyDecision decide(PolicyDirection.Traffic traffic, String remoteDomain) {
    Map<String, PolicyDecision> known =
        traffic == PolicyDirection.Traffic.INBOUND ? inbound : outbound;
    PolicyDecision decision = known.get(remoteDomain);
    if (decision == null) {
      decision = policy.decide(traffic, remoteDomain);
      if (known.size() < MAX_REMEMBERED) {
        known.put(remoteDomain, decision);
      }
    }
    return decision;
  }

  /** How many decisions are kept, both directions together. */
  int remembered() {
    return inbound.size() + outbound.size();
  }
}

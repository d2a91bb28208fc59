package dev.parley.policy;

/**
 * The policy as stored cluster-wide, with its revision: 0 for the initial Allow policy, one more
 * for every change.
 */
public record StoredPolicy(FederationPolicy policy, long revision) {

  /** What an empty database holds. */
  public static final StoredPolicy INITIAL = new StoredPolicy(FederationPolicy.ALLOW_ALL, 0);
}

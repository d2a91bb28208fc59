package dev.parley.policy;

import java.time.Instant;

/**
 * One entry of the audit history: who changed the policy, when, what they asked for, and the policy
 * before and after (in {@link FederationPolicy#toText()} form).
 */
public record PolicyChange(
    long revision,
    Instant at,
    String by,
    String change,
    FederationPolicy before,
    FederationPolicy after) {}

package dev.parley.policy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and logs every denial, so that "why was this domain denied, and since when" has an answer:
 * the counter {@code parley.federation.policy.denied} is tagged with the deciding rule, the remote
 * domain and the direction; each denied stream and each denied stanza gets a log line.
 */
public final class PolicyDenials {
  /** The Micrometer counter's name. */
  public static final String METRIC = "parley.federation.policy.denied";

  private static final Logger LOG = LoggerFactory.getLogger(PolicyDenials.class);
  private final MeterRegistry metrics;

  public PolicyDenials(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  /** A stream refused or closed by the policy. */
  public void stream(PolicyDecision decision, String what) {
    count(decision, "stream");
    LOG.info("federation policy: {} {}: {}", what, decision.domain(), decision.explanation());
  }

  /**
   * A stanza refused by the policy.
   *
   * @param answered whether the sender got an error back (false: dropped without an answer)
   */
  public void stanza(
      PolicyDecision decision, String kind, String from, String to, boolean answered) {
    count(decision, "stanza");
    LOG.info(
        "federation policy: {} from {} to {} {}: {}",
        kind,
        from,
        to,
        answered ? "refused with policy-violation" : "dropped without an answer",
        decision.explanation());
  }

  private void count(PolicyDecision decision, String unit) {
    Counter.builder(METRIC)
        .description("federated streams and stanzas the federation policy denied")
        .tag("rule", decision.ruleName())
        .tag("domain", decision.domain())
        .tag("direction", decision.traffic().label())
        .tag("unit", unit)
        .register(metrics)
        .increment();
  }
}

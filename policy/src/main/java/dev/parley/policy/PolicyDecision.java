package dev.parley.policy;

import java.util.Optional;

/**
 * A decision of the policy and the rule behind it.
 *
 * @param allowed whether the packet or stream may pass
 * @param traffic inbound or outbound
 * @param domain the normalized remote domain
 * @param rule the exception that decided, empty when the default did
 * @param defaultAllow the policy's default
 */
public record PolicyDecision(
    boolean allowed,
    PolicyDirection.Traffic traffic,
    String domain,
    Optional<PolicyException> rule,
    boolean defaultAllow) {

  /** The deciding rule as an operator reads it: {@code default Deny} or {@code exception ...}. */
  public String ruleName() {
    return rule.map(r -> "exception " + r).orElse("default " + (defaultAllow ? "Allow" : "Deny"));
  }

  /** {@code allowed} or {@code denied}. */
  public String verdict() {
    return allowed ? "allowed" : "denied";
  }

  /** A sentence for logs, stanza error texts and the CLI. */
  public String explanation() {
    String what = (traffic == PolicyDirection.Traffic.INBOUND ? "inbound from " : "outbound to ");
    return what + domain + " " + verdict() + " by the " + ruleName();
  }
}

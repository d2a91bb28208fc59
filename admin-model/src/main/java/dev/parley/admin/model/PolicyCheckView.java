package dev.parley.admin.model;

/**
 * The policy's verdict for one remote domain and direction, and the rule that decided it.
 *
 * @param domain the normalized remote domain
 * @param direction {@code in} or {@code out}
 * @param verdict {@code allowed} or {@code denied} under the stored policy
 * @param rule the deciding rule, such as {@code default Deny} or {@code exception *.example.com
 *     (incoming)}
 * @param explanation one sentence for the operator
 * @param appliedVerdict the verdict of the policy this node enforces now (differs while a restart
 *     is pending)
 * @param appliedRule the rule that decides it now
 */
public record PolicyCheckView(
    String domain,
    String direction,
    String verdict,
    String rule,
    String explanation,
    String appliedVerdict,
    String appliedRule) {}

package dev.parley.admin.model;

/**
 * A domain whose verdict changes when the stored policy is applied.
 *
 * @param domain the remote domain
 * @param direction {@code in} or {@code out}
 * @param before {@code allowed} or {@code denied} now
 * @param after the verdict once applied
 * @param rule the rule that decides after
 */
public record PolicyDomainChangeView(
    String domain, String direction, String before, String after, String rule) {}

package dev.parley.admin.model;

/**
 * A live server stream that applying the stored policy closes with {@code policy-violation}.
 *
 * @param id the stream's id (as in {@code federation sessions})
 * @param direction {@code inbound} or {@code outbound}
 * @param remoteDomain the peer's domain
 * @param rule the rule that denies it
 */
public record PolicyStreamCloseView(
    String id, String direction, String remoteDomain, String rule) {}

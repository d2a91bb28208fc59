package dev.parley.admin.model;

/**
 * One change of the federation policy.
 *
 * @param revision the revision the change made
 * @param at when, ISO-8601
 * @param by who (the admin account or token)
 * @param change what was asked for
 * @param before the policy before, as {@code Allow; example.org=all}
 * @param after the policy after
 */
public record PolicyHistoryView(
    long revision, String at, String by, String change, String before, String after) {}

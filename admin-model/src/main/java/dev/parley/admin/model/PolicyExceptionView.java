package dev.parley.admin.model;

/**
 * One exception of the federation policy.
 *
 * @param domain a domain, a host or a wildcard such as {@code *.example.com}
 * @param direction {@code all}, {@code incoming} or {@code outgoing}
 */
public record PolicyExceptionView(String domain, String direction) {}

package dev.parley.admin.model;

import java.util.List;

/**
 * Replaces the federation policy; an absent field keeps its current value.
 *
 * @param defaultPolicy {@code allow} or {@code deny}
 * @param exceptions the whole new exception list
 */
public record PolicyUpdate(String defaultPolicy, List<PolicyExceptionView> exceptions) {}

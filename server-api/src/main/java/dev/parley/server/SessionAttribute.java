package dev.parley.server;

/**
 * A typed key for per-session state that belongs to a feature, such as "carbons enabled".
 *
 * @param name for diagnostics only; identity is by instance
 * @param type the value type
 */
public record SessionAttribute<T>(String name, Class<T> type) {}

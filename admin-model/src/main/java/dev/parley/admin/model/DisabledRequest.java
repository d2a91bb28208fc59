package dev.parley.admin.model;

/**
 * Body of {@code PUT /api/users/{jid}/disabled}.
 *
 * @param disabled true to refuse logins (and close live sessions), false to allow them again
 */
public record DisabledRequest(boolean disabled) {}

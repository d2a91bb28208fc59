package dev.parley.admin.model;

/**
 * Body of {@code PUT /api/users/{jid}/email}.
 *
 * @param email the new address; {@code null} or blank removes the attribute
 */
public record EmailRequest(String email) {}

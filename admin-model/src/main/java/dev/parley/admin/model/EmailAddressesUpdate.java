package dev.parley.admin.model;

/**
 * Body of {@code PUT /api/federation/email-addresses}.
 *
 * @param enabled turn the setting on or off (applies at the next Router restart)
 */
public record EmailAddressesUpdate(Boolean enabled) {}

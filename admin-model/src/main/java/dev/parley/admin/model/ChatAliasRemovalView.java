package dev.parley.admin.model;

/**
 * What removing a chat node alias did.
 *
 * @param domain the alias removed
 * @param roomsDestroyed the persistent rooms destroyed with it
 * @param message one sentence for the administrator
 */
public record ChatAliasRemovalView(String domain, int roomsDestroyed, String message) {}

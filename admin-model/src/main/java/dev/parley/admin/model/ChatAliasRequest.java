package dev.parley.admin.model;

/**
 * Adds a chat node alias.
 *
 * @param domain the alias domain; required
 * @param defaultRoomVisibility {@code public} (the default when null) or {@code hidden}: whether
 *     new rooms are listed in the service's disco#items
 * @param address the alias's own public IP address (the seed's "multiple public IP addresses"
 *     layout); give it together with {@code port}, or neither
 * @param port the alias's own public port, such as 25269
 */
public record ChatAliasRequest(
    String domain, String defaultRoomVisibility, String address, Integer port) {}

package dev.parley.admin.model;

/**
 * A chat node alias (the seed's Messaging &gt; Conference Server Alias Mapping): a domain served by
 * a multi-user chat service (XEP-0045).
 *
 * @param domain the alias, such as {@code conference-2.example.com}
 * @param defaultRoomVisibility {@code public} (new rooms are listed in the service's disco#items)
 *     or {@code hidden}
 * @param address the alias's own public address, when it has one (the seed's layout with one public
 *     address per chat node); null when it is reached through the federation node
 * @param port the alias's own public port, such as 25269; null with {@code address}
 * @param persistentRooms how many persistent rooms the alias holds now
 */
public record ChatAliasView(
    String domain,
    String defaultRoomVisibility,
    String address,
    Integer port,
    int persistentRooms) {}

package dev.parley.node;

import dev.parley.protocol.DomainJid;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat node alias (the seed's Messaging &gt; Conference Server Alias Mapping): a domain served by
 * a multi-user chat service, such as {@code conference-2.StandAloneCluster.example.com}.
 *
 * @param domain the alias domain
 * @param defaultVisibility the visibility of new rooms
 * @param endpoint its own public address and port, or empty when it is reached through the
 *     federation node (the seed's two layouts)
 */
public record ChatAlias(
    DomainJid domain, ChatRoomVisibility defaultVisibility, Optional<AliasEndpoint> endpoint) {

  public ChatAlias {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /** An alias with public rooms, reached through the federation node. */
  public static ChatAlias of(DomainJid domain) {
    return new ChatAlias(domain, ChatRoomVisibility.PUBLIC, Optional.empty());
  }
}

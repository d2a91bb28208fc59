package dev.parley.node;

import dev.parley.admin.AdminResource;
import dev.parley.admin.ChatResource;
import dev.parley.admin.DnsRecordsResource;
import dev.parley.server.ServerInfo;
import dev.parley.store.SettingsStore;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chat node aliases and the DNS records to publish, as the admin API serves them.
 *
 * @param aliases the alias administration (keep it to call {@link NodeChatAdmin#synchronize()})
 * @param dns the DNS records
 */
public record ChatAdministration(NodeChatAdmin aliases, NodeDnsRecords dns) {

  /**
   * Starts the alias administration (default aliases on first start; the listener hears of every
   * stored alias) and the DNS records over it.
   */
  public static ChatAdministration start(
      SettingsStore store,
      ServerInfo info,
      PersistentRoomCounter rooms,
      ChatAliasListener listener,
      Supplier<DnsInputs> dnsInputs) {
    NodeChatAdmin aliases = NodeChatAdmin.start(store, info, rooms, listener);
    return new ChatAdministration(aliases, new NodeDnsRecords(dnsInputs, aliases::current));
  }

  /** {@code /api/chat/aliases} and {@code /api/dns/records}. */
  public List<AdminResource> resources() {
    return List.of(new ChatResource(aliases), new DnsRecordsResource(dns));
  }
}

package dev.parley.node;

import dev.parley.admin.model.ChatAliasRequest;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.ServerInfo;
import java.net.IDN;
import java.util.Optional;

/**
 * Turns an add request into a {@link ChatAlias}, refusing what cannot work: a name that is not a
 * DNS host name (an alias is published in DNS, RFC 2782), and a hosted domain (its users' addresses
 * live there; an alias must be a domain of its own). Messages are for the administrator.
 */
final class ChatAliasRules {

  private ChatAliasRules() {}

  static ChatAlias parse(ChatAliasRequest request, ServerInfo info) {
    DomainJid domain = domain(request.domain());
    if (info.hosts(domain.domain())) {
      throw new IllegalArgumentException(
          domain
              + " is a hosted domain (user addresses live there); a chat node alias needs a"
              + " domain of its own, such as conference."
              + domain);
    }
    return new ChatAlias(
        domain,
        ChatRoomVisibility.parse(request.defaultRoomVisibility()),
        endpoint(request.address(), request.port()));
  }

  /** A domain name fit for DNS: at least two labels, letters, digits and hyphens, no address. */
  static DomainJid domain(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a chat node alias needs a domain");
    }
    DomainJid domain;
    try {
      domain = DomainJid.of(text.strip());
    } catch (JidFormatException e) {
      throw new IllegalArgumentException("not a domain name: " + text.strip(), e);
    }
    String ascii = IDN.toASCII(domain.domain());
    String[] labels = ascii.split("\\.", -1);
    if (ascii.startsWith("[") || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "a chat node alias must be a domain name, not an IP address: " + text.strip());
    }
    if (labels.length < 2) {
      throw new IllegalArgumentException(
          "a chat node alias must be a fully qualified domain name such as conference."
              + ascii
              + ", not "
              + text.strip());
    }
    return domain;
  }

  private static Optional<AliasEndpoint> endpoint(String address, Integer port) {
    boolean hasAddress = address != null && !address.isBlank();
    if (hasAddress != (port != null)) {
      throw new IllegalArgumentException(
          "give both the alias's own public address and port (such as 203.0.113.20 and 25269),"
              + " or neither to reach it through the federation node");
    }
    return hasAddress ? Optional.of(new AliasEndpoint(address, port)) : Optional.empty();
  }
}

package dev.parley.node;

/**
 * The public address and port of a chat node alias that has its own (the seed's layout "multiple
 * public IP addresses": DNS points the alias at, say, {@code 203.0.113.20:25269}, and the firewall
 * maps that to the federation port of the chat node).
 *
 * @param address an IPv4 or IPv6 literal, as published in the alias's A or AAAA record
 * @param port the port published in the alias's SRV record
 */
public record AliasEndpoint(String address, int port) {

  public AliasEndpoint {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
    }
    address = IpLiterals.canonical(address);
  }

  /** {@code 203.0.113.20:25269}, or {@code [2001:db8::1]:25269}. */
  @Override
  public String toString() {
    return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
  }
}

package dev.parley.node;

import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the DNS records of this node are made from: the hosted domains, the host name SRV records
 * point at, and the ports of the listeners.
 *
 * @param domains the hosted domains
 * @param publicHost the host name clients and servers reach this node by, when configured
 * @param nodeHost this node's own host name, used when {@code publicHost} is not configured
 * @param ports the listeners' ports
 */
public record DnsInputs(
    List<DomainJid> domains, Optional<String> publicHost, String nodeHost, Ports ports) {

  public DnsInputs {
    domains = domains.stream().sorted(Comparator.comparing(DomainJid::domain)).toList();
    Objects.requireNonNull(publicHost, "publicHost");
    Objects.requireNonNull(nodeHost, "nodeHost");
    Objects.requireNonNull(ports, "ports");
  }

  /**
   * The listener ports.
   *
   * @param c2s the client STARTTLS port (5222)
   * @param c2sDirectTls the client direct TLS port (XEP-0368), when switched on
   * @param s2s the server port (5269); empty when federation does not run on this node
   * @param s2sDirectTls the server direct TLS port, when configured
   */
  public record Ports(
      int c2s, OptionalInt c2sDirectTls, OptionalInt s2s, OptionalInt s2sDirectTls) {}

  /** From {@code parley.yml}: every configured listener, whether federation runs now or not. */
  public static DnsInputs fromConfig(
      NodeConfig config, Optional<String> publicHost, String nodeHost) {
    return new DnsInputs(
        config.domains().stream().map(DomainConfig::domain).toList(),
        publicHost,
        nodeHost,
        new Ports(
            config.c2s().port(),
            port(config.c2sDirectTls()),
            OptionalInt.of(config.federation().s2s().port()),
            port(config.federation().s2sDirectTls())));
  }

  /**
   * From the running node: the bound listeners, STARTTLS first and direct TLS second (as {@code
   * ParleyNode.clientAddresses()} and {@code serverAddresses()} list them); no server addresses
   * while federation is off on this node.
   */
  public static DnsInputs running(
      ServerInfo info,
      Optional<String> publicHost,
      List<InetSocketAddress> client,
      List<InetSocketAddress> server) {
    return new DnsInputs(
        List.copyOf(info.domains()),
        publicHost,
        localHostName(),
        new Ports(
            client.isEmpty() ? 5222 : client.get(0).getPort(),
            portAt(client, 1),
            portAt(server, 0),
            portAt(server, 1)));
  }

  /** This machine's fully qualified name as its resolver knows it ({@code localhost} if none). */
  public static String localHostName() {
    try {
      return InetAddress.getLocalHost().getCanonicalHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** The host name SRV records point at. */
  public String target() {
    return publicHost.orElse(nodeHost);
  }

  private static OptionalInt port(Optional<ListenerConfig> listener) {
    return listener.map(l -> OptionalInt.of(l.port())).orElse(OptionalInt.empty());
  }

  private static OptionalInt portAt(List<InetSocketAddress> addresses, int index) {
    return addresses.size() > index
        ? OptionalInt.of(addresses.get(index).getPort())
        : OptionalInt.empty();
  }
}

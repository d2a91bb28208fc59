package dev.parley.federation;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which DNS servers the federation asks, and how patiently. Settings keys: {@code dns-servers}
 * (list of {@code ip[:port]}, default empty), {@code dns-timeout} (default 5 s, 1 ms to 60 s),
 * {@code dns-retries} (default 1, 0 to 10); a change needs a restart of the federation service.
 *
 * @param servers the DNS servers, tried in this order; empty means the system's resolvers (the
 *     {@code nameserver} lines of {@code /etc/resolv.conf}, plus {@code /etc/hosts} for addresses)
 * @param timeout how long to wait for one answer from one server (dnsjava checks for expired
 *     queries about once a second, so a wait may last up to a second longer)
 * @param retries how many more times each server is asked after it did not answer
 */
public record DnsResolverSettings(List<InetSocketAddress> servers, Duration timeout, int retries) {

  /** The default query timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** The default number of retries per server. */
  public static final int DEFAULT_RETRIES = 1;

  private static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
  private static final int MAX_RETRIES = 10;
  private static final int DNS_PORT = 53;
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  public DnsResolverSettings {
    servers = List.copyOf(servers);
    for (InetSocketAddress server : servers) {
      if (server.isUnresolved()) {
        throw new IllegalArgumentException("a DNS server must be an IP address: " + server);
      }
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("dns-timeout must be between 1 ms and 60 s: " + timeout);
    }
    if (retries < 0 || retries > MAX_RETRIES) {
      throw new IllegalArgumentException("dns-retries must be between 0 and 10: " + retries);
    }
  }

  /** The system's resolvers with the default timeout and retries. */
  public static DnsResolverSettings system() {
    return new DnsResolverSettings(List.of(), DEFAULT_TIMEOUT, DEFAULT_RETRIES);
  }

  /**
   * Parses servers written as {@code 192.0.2.1}, {@code 127.0.0.2:5353} or {@code [::1]:53} (port
   * 53 when none is given). Host names are refused: resolving them would need DNS already.
   */
  public static DnsResolverSettings of(List<String> servers, Duration timeout, int retries) {
    return new DnsResolverSettings(
        servers.stream().map(DnsResolverSettings::parseServer).toList(), timeout, retries);
  }

  /** True when no server is configured and the system's resolvers are used. */
  public boolean usesSystemResolvers() {
    return servers.isEmpty();
  }

  static InetSocketAddress parseServer(String text) {
    String host = text.strip();
    int port = DNS_PORT;
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      if (end < 0) {
        throw new IllegalArgumentException("unclosed '[' in DNS server address: " + text);
      }
      if (end + 1 < host.length()) {
        port = parsePort(host.substring(end + 1), text);
      }
      host = host.substring(1, end);
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
      port = parsePort(host.substring(host.indexOf(':')), text);
      host = host.substring(0, host.indexOf(':'));
    }
    // Only literals: InetAddress.getByName then parses without asking any resolver.
    if (!IPV4.matcher(host).matches() && !host.contains(":")) {
      throw new IllegalArgumentException("a DNS server must be an IP address: " + text);
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + text, e);
    }
  }

  private static int parsePort(String colonAndPort, String text) {
    if (!colonAndPort.matches(":\\d{1,5}")) {
      throw new IllegalArgumentException("bad port in DNS server address: " + text);
    }
    int port = Integer.parseInt(colonAndPort.substring(1));
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("bad port in DNS server address: " + text);
    }
    return port;
  }
}

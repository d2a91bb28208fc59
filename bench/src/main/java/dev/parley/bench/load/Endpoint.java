package dev.parley.bench.load;

import java.net.InetSocketAddress;

/**
 * Where the load tool's clients of one XMPP domain connect.
 *
 * @param domain the XMPP domain of the accounts (the stream's {@code to})
 * @param host host name or IP literal of the c2s listener
 * @param port the c2s (STARTTLS) port
 */
public record Endpoint(String domain, String host, int port) {

  /** Checks the values once so a typo fails before any connection is attempted. */
  public Endpoint {
    if (domain == null || domain.isBlank()) {
      throw new IllegalArgumentException("domain is empty");
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is empty");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /**
   * Parses {@code host:port} (or {@code [v6]:port}); a missing port means 5222.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Endpoint parse(String domain, String hostPort) {
    String host = hostPort;
    String port = "5222";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("unclosed [ in " + hostPort);
      }
      host = hostPort.substring(1, close);
      if (hostPort.length() > close + 1) {
        port = hostPort.substring(close + 2);
      }
    } else if (hostPort.indexOf(':') > 0 && hostPort.indexOf(':') == hostPort.lastIndexOf(':')) {
      host = hostPort.substring(0, hostPort.indexOf(':'));
      port = hostPort.substring(hostPort.indexOf(':') + 1);
    }
    try {
      return new Endpoint(domain, host, Integer.parseInt(port));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not host:port: " + hostPort, e);
    }
  }

  InetSocketAddress socketAddress() {
    return new InetSocketAddress(host, port);
  }
}

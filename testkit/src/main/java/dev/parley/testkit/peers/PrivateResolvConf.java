package dev.parley.testkit.peers;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a peer's glibc (and any other {@code /etc/resolv.conf} reader) ask the test DNS server
 * without touching the machine: the peer runs in a private mount namespace in which a generated
 * resolv.conf is bind-mounted over {@code /etc/resolv.conf} (PEERS.md quirk 3). The bind mount is
 * invisible outside that namespace and disappears with the process. Needs root (tests run as root
 * on CI) and util-linux's {@code unshare}.
 */
final class PrivateResolvConf {

  /** resolv.conf has no port syntax, so whatever reads it asks port 53. */
  static final int DNS_PORT = 53;

  private PrivateResolvConf() {}

  /**
   * The generated file's text: the test server only, and short timeouts so a missing record fails a
   * test quickly.
   */
  static String content(InetSocketAddress dnsServer) {
    return "nameserver "
        + dnsServer.getAddress().getHostAddress()
        + "\noptions timeout:1 attempts:2\n";
  }

  /**
   * {@code command} unchanged without a DNS server, otherwise wrapped so it runs with {@code
   * resolvConf} as its {@code /etc/resolv.conf}. The shell {@code exec}s the command, so the
   * process id the caller gets is the peer's own.
   */
  static List<String> wrap(
      Optional<InetSocketAddress> dnsServer, String resolvConf, List<String> command) {
    if (dnsServer.isEmpty()) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "unshare",
                "--mount",
                "--propagation",
                "private",
                "--",
                "/bin/sh",
                "-c",
                "mount --bind \"$0\" /etc/resolv.conf && exec \"$@\"",
                resolvConf));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Fails unless the server listens on port 53, the only port resolv.conf readers can use. */
  static void requireStandardPort(InetSocketAddress dnsServer, String why) {
    if (dnsServer.getPort() != DNS_PORT) {
      throw new IllegalArgumentException(
          "the test DNS server must listen on port 53 (" + why + "), not " + dnsServer);
    }
  }
}

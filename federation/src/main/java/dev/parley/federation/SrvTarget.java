package dev.parley.federation;

/**
 * One usable SRV record (RFC 2782): never the "." target, which means "no service".
 *
 * @param host the target host name, without the trailing dot
 * @param port the TCP port
 * @param priority lower is tried first
 * @param weight relative share among the records of one priority
 * @param directTls true for {@code _xmpps-server} (XEP-0368), false for {@code _xmpp-server}
 */
record SrvTarget(String host, int port, int priority, int weight, boolean directTls) {

  SrvTarget {
    if (priority < 0 || priority > 65_535 || weight < 0 || weight > 65_535) {
      throw new IllegalArgumentException("SRV priority and weight are 16-bit: " + priority);
    }
  }

  RemoteEndpoint endpoint() {
    String service = directTls ? SrvResolver.DIRECT_TLS_SERVICE : SrvResolver.STARTTLS_SERVICE;
    return new RemoteEndpoint(
        host, port, directTls, "SRV " + service + " priority " + priority + " weight " + weight);
  }
}

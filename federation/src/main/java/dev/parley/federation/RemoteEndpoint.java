package dev.parley.federation;

/**
 * One place to try when connecting to a remote domain, in the order DNS gave it.
 *
 * @param host a host name or IP address
 * @param port TCP port
 * @param directTls true for {@code _xmpps-server} (XEP-0368): TLS from the first byte
 * @param source where it came from, for logs: "SRV _xmpp-server", "A/AAAA fallback" ...
 */
public record RemoteEndpoint(String host, int port, boolean directTls, String source) {}

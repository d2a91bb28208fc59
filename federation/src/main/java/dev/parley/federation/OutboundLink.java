package dev.parley.federation;

/**
 * One outbound connection's identity: from which local domain to which remote one, whether TLS may
 * be tried (false for the plaintext fallback of TLS Optional) and whether TLS started with the
 * first byte (XEP-0368).
 */
record OutboundLink(String local, String remote, boolean tlsAllowed, boolean directTls) {}

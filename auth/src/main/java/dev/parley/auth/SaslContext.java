package dev.parley.auth;

import dev.parley.protocol.DomainJid;

/**
 * Facts about the connection a SASL exchange runs on.
 *
 * @param domain the hosted domain the client's stream is addressed to
 * @param encrypted whether TLS is established (PLAIN is offered only then)
 */
public record SaslContext(DomainJid domain, boolean encrypted) {}

package dev.parley.store;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;

/**
 * An inbound subscription request waiting for the user's answer ("pending in", RFC 6121 §3.1.3),
 * with the request stanza as XML so it can be redelivered unchanged.
 */
public record PendingSubscription(BareJid owner, Jid contact, String stanzaXml) {}

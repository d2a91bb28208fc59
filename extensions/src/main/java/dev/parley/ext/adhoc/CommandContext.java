package dev.parley.ext.adhoc;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;

/**
 * Who runs a command, and on which hosted domain.
 *
 * @param requester the full JID of the requesting session
 * @param domain the domain the command was sent to
 */
public record CommandContext(Jid requester, DomainJid domain) {}

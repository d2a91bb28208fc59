package dev.parley.email;

import dev.parley.protocol.BareJid;

/**
 * One user's two addresses.
 *
 * @param user the account's real JID
 * @param email the XMPP form of the user's email address, what federated peers see
 */
public record EmailMapping(BareJid user, BareJid email) {}

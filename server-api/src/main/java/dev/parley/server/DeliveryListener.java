package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import java.util.List;
import java.util.Set;

/**
 * Told after a message reached a local user's sessions; may produce more stanzas to route. It runs
 * on the thread that delivered, which may be a connection's event loop: it must not block (work
 * that needs storage returns stanzas to route, or goes to an executor of its own).
 */
@FunctionalInterface
public interface DeliveryListener {
  List<Stanza> delivered(Message message, BareJid recipient, Set<FullJid> receivedBy);
}

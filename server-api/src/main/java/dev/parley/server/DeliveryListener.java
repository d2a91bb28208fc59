package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Stanza;
import java.util.List;
import java.util.Set;

/** Told after a message reached a local user's sessions; may produce more stanzas to route. */
@FunctionalInterface
public interface DeliveryListener {
  List<Stanza> delivered(Message message, BareJid recipient, Set<FullJid> receivedBy);
}

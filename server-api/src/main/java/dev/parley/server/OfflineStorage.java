package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Message;

/** Keeps messages for accounts with no available resource (XEP-0160). */
public interface OfflineStorage {

  /** Stores the message, or fails with {@code service-unavailable} when the quota is full. */
  Outcome store(Message message, BareJid recipient);
}

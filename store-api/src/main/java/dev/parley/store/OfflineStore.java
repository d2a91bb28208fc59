package dev.parley.store;

import dev.parley.protocol.BareJid;
import java.util.List;

/** Offline message storage; the quota is enforced by the caller, which knows the setting. */
public interface OfflineStore {

  void store(BareJid owner, String stanzaXml);

  int count(BareJid owner);

  /** The owner's messages, oldest first, without removing them. */
  List<OfflineMessage> list(BareJid owner);

  /** Removes the given messages once delivered. */
  void delete(BareJid owner, List<Long> ids);
}

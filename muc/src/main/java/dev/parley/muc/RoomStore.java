package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import java.util.List;

/**
 * Where persistent rooms are kept. Calls block (a database); the service makes them off the
 * caller's thread through the executor it is given, one room at a time.
 */
public interface RoomStore {

  /** Every persistent room of one chat service. */
  List<StoredRoom> loadAll(DomainJid service);

  /** Creates or replaces a room. */
  void save(StoredRoom room);

  /** Forgets a room; nothing happens when it is unknown. */
  void delete(BareJid room);
}

package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RoomStore} in memory: persistent rooms outlive their occupants but not the process. */
public final class InMemoryRoomStore implements RoomStore {
  private final Map<BareJid, StoredRoom> rooms = new ConcurrentHashMap<>();

  @Override
  public List<StoredRoom> loadAll(DomainJid service) {
    return rooms.values().stream().filter(r -> r.jid().domain().equals(service.domain())).toList();
  }

  @Override
  public void save(StoredRoom room) {
    rooms.put(room.jid(), room);
  }

  @Override
  public void delete(BareJid room) {
    rooms.remove(room);
  }
}

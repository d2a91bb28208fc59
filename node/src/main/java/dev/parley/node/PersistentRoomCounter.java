package dev.parley.node;

import dev.parley.protocol.DomainJid;

/**
 * What the chat engine tells the alias administration about an alias's rooms: how many persistent
 * rooms it holds (removal needs confirmation then), and destroying them all when it is removed.
 */
public interface PersistentRoomCounter {

  /** No chat engine: no rooms. */
  PersistentRoomCounter NONE =
      new PersistentRoomCounter() {
        @Override
        public int persistentRooms(DomainJid alias) {
          return 0;
        }

        @Override
        public void destroyRooms(DomainJid alias, String reason) {}
      };

  /** The number of persistent rooms on {@code alias} now. */
  int persistentRooms(DomainJid alias);

  /**
   * Destroys every room of {@code alias}, temporary and persistent: each occupant gets the destroy
   * presence with {@code reason} (XEP-0045 §10.9) and persistent rooms are deleted from the store.
   */
  void destroyRooms(DomainJid alias, String reason);
}

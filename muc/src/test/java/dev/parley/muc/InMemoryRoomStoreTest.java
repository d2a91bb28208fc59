package dev.parley.muc;

/** {@link RoomStoreContract} in memory. */
class InMemoryRoomStoreTest implements RoomStoreContract {
  private final InMemoryRoomStore store = new InMemoryRoomStore();

  @Override
  public RoomStore store() {
    return store;
  }
}

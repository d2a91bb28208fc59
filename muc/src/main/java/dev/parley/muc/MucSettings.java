package dev.parley.muc;

/**
 * Limits and defaults of one chat service (one chat node alias). Checked on construction, so a
 * wrong value fails when the service is built rather than when the first room hits it.
 *
 * @param serviceName the name of the service in disco#info, for example "Chatrooms"
 * @param roomsPublicByDefault whether new rooms are listed in the service's disco#items
 * @param maxOccupantsPerRoom upper bound of occupants in one room (owners and admins may pass it)
 * @param historySize upper bound of messages kept per room for history on join
 * @param maxRoomsPerUser how many rooms one user may have created at the same time
 * @param maxMessageSize largest groupchat or private message, in characters of XML
 * @param maxRooms how many rooms the service holds at once
 */
public record MucSettings(
    String serviceName,
    boolean roomsPublicByDefault,
    int maxOccupantsPerRoom,
    int historySize,
    int maxRoomsPerUser,
    int maxMessageSize,
    int maxRooms) {

  /** Occupants per room when nothing else is configured. */
  public static final int DEFAULT_MAX_OCCUPANTS = 500;

  /** History kept per room when nothing else is configured. */
  public static final int DEFAULT_HISTORY_SIZE = 50;

  public MucSettings {
    if (serviceName == null || serviceName.isBlank()) {
      throw new IllegalArgumentException("serviceName is required");
    }
    positive("maxOccupantsPerRoom", maxOccupantsPerRoom);
    if (historySize < 0 || historySize > 10_000) {
      throw new IllegalArgumentException("historySize must be 0 to 10000, got " + historySize);
    }
    positive("maxRoomsPerUser", maxRoomsPerUser);
    if (maxMessageSize < 256) {
      throw new IllegalArgumentException(
          "maxMessageSize must be at least 256, got " + maxMessageSize);
    }
    positive("maxRooms", maxRooms);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  /** Public rooms, 500 occupants, 50 messages of history, 100 rooms per user, 64 KiB messages. */
  public static MucSettings defaults() {
    return new MucSettings(
        "Chatrooms", true, DEFAULT_MAX_OCCUPANTS, DEFAULT_HISTORY_SIZE, 100, 65_536, 10_000);
  }

  /** A copy with another default visibility for new rooms. */
  public MucSettings withRoomsPublicByDefault(boolean value) {
    return new MucSettings(
        serviceName,
        value,
        maxOccupantsPerRoom,
        historySize,
        maxRoomsPerUser,
        maxMessageSize,
        maxRooms);
  }
}

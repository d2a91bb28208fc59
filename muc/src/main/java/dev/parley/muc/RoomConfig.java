package dev.parley.muc;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration of a room (the muc#roomconfig form of XEP-0045 §10.2 and §15.5.3), as an
 * immutable value; {@link RoomConfigForm} converts it from and to the XEP-0004 form.
 *
 * @param name room name (muc#roomconfig_roomname), may be empty
 * @param description room description (muc#roomconfig_roomdesc)
 * @param language natural language of discussion (muc#roomconfig_lang), may be empty
 * @param persistent whether the room outlives its last occupant
 * @param isPublic whether the room is listed in the service's disco#items
 * @param membersOnly whether only members (and stronger) may enter
 * @param moderated whether only participants and moderators may speak
 * @param password the room secret; present exactly when the room is password-protected
 * @param whois who may see real JIDs
 * @param maxUsers occupant limit, 0 meaning the service's limit
 * @param changeSubject whether participants (not only moderators) may change the subject
 * @param allowInvites whether participants (not only admins) may invite
 * @param allowPm who may send private messages
 * @param getMemberList roles that may retrieve the member list
 * @param presenceBroadcast roles whose presence is broadcast to the room
 * @param historyLength messages of history sent on join, bounded by the service's history size
 * @param logging whether the room announces that it is logged (status 170); Parley keeps no public
 *     log, the flag only informs occupants
 */
public record RoomConfig(
    String name,
    String description,
    String language,
    boolean persistent,
    boolean isPublic,
    boolean membersOnly,
    boolean moderated,
    Optional<String> password,
    Whois whois,
    int maxUsers,
    boolean changeSubject,
    boolean allowInvites,
    AllowPm allowPm,
    Set<Role> getMemberList,
    Set<Role> presenceBroadcast,
    int historyLength,
    boolean logging) {

  public RoomConfig {
    if (name == null || description == null || language == null) {
      throw new IllegalArgumentException("name, description and language are required");
    }
    password = password.filter(p -> !p.isEmpty());
    if (maxUsers < 0 || historyLength < 0) {
      throw new IllegalArgumentException("maxUsers and historyLength must not be negative");
    }
    getMemberList = Set.copyOf(getMemberList);
    presenceBroadcast = Set.copyOf(presenceBroadcast);
  }

  /** A new room's configuration: temporary, open, unmoderated, semi-anonymous, unsecured. */
  public static RoomConfig defaults(boolean isPublic, int historyLength) {
    return new RoomConfig(
        "",
        "",
        "",
        false,
        isPublic,
        false,
        false,
        Optional.empty(),
        Whois.MODERATORS,
        0,
        false,
        false,
        AllowPm.ANYONE,
        EnumSet.of(Role.MODERATOR, Role.PARTICIPANT, Role.VISITOR),
        EnumSet.of(Role.MODERATOR, Role.PARTICIPANT, Role.VISITOR),
        historyLength,
        false);
  }

  public boolean passwordProtected() {
    return password.isPresent();
  }

  public boolean nonAnonymous() {
    return whois == Whois.ANYONE;
  }

  /** The effective occupant limit under the service's limit. */
  public int occupantLimit(MucSettings settings) {
    return maxUsers == 0
        ? settings.maxOccupantsPerRoom()
        : Math.min(maxUsers, settings.maxOccupantsPerRoom());
  }

  /** A copy that is (or is not) persistent. */
  public RoomConfig withPersistent(boolean value) {
    return new RoomConfig(
        name,
        description,
        language,
        value,
        isPublic,
        membersOnly,
        moderated,
        password,
        whois,
        maxUsers,
        changeSubject,
        allowInvites,
        allowPm,
        getMemberList,
        presenceBroadcast,
        historyLength,
        logging);
  }
}

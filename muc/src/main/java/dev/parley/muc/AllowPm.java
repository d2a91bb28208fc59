package dev.parley.muc;

import java.util.Locale;
import java.util.Optional;

/** Who may send private messages to other occupants (muc#roomconfig_allowpm). */
public enum AllowPm {
  ANYONE,
  PARTICIPANTS,
  MODERATORS,
  NONE;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an occupant with {@code role} may send a private message. */
  public boolean permits(Role role) {
    return switch (this) {
      case ANYONE -> role != Role.NONE;
      case PARTICIPANTS -> role.atLeast(Role.PARTICIPANT);
      case MODERATORS -> role == Role.MODERATOR;
      case NONE -> false;
    };
  }

  public static Optional<AllowPm> parse(String value) {
    for (AllowPm allow : values()) {
      if (allow.xmlValue().equals(value)) {
        return Optional.of(allow);
      }
    }
    return Optional.empty();
  }
}

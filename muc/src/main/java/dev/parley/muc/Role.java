package dev.parley.muc;

import java.util.Locale;
import java.util.Optional;

/** The role of an occupant for the time of its visit (XEP-0045 §5.1), strongest first. */
public enum Role {
  MODERATOR,
  PARTICIPANT,
  VISITOR,
  NONE;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Role other) {
    return ordinal() <= other.ordinal();
  }

  public static Optional<Role> parse(String value) {
    for (Role role : values()) {
      if (role.xmlValue().equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package dev.parley.muc;

import java.util.Locale;
import java.util.Optional;

/** A long-lived relation of a bare JID to a room (XEP-0045 §5.2), strongest first. */
public enum Affiliation {
  OWNER,
  ADMIN,
  MEMBER,
  NONE,
  OUTCAST;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this affiliation is at least {@code other} (outcast is the weakest). */
  public boolean atLeast(Affiliation other) {
    return ordinal() <= other.ordinal();
  }

  public static Optional<Affiliation> parse(String value) {
    for (Affiliation affiliation : values()) {
      if (affiliation.xmlValue().equals(value)) {
        return Optional.of(affiliation);
      }
    }
    return Optional.empty();
  }
}

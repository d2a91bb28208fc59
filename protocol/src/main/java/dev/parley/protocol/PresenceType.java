package dev.parley.protocol;

import java.util.Locale;
import java.util.Optional;

/** Presence types of RFC 6121 §4.7.1; an absent type means {@link #AVAILABLE}. */
public enum PresenceType {
  AVAILABLE,
  ERROR,
  PROBE,
  SUBSCRIBE,
  SUBSCRIBED,
  UNAVAILABLE,
  UNSUBSCRIBE,
  UNSUBSCRIBED;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isSubscription() {
    return this == SUBSCRIBE || this == SUBSCRIBED || this == UNSUBSCRIBE || this == UNSUBSCRIBED;
  }

  static Optional<PresenceType> from(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.of(AVAILABLE);
    }
    for (PresenceType type : values()) {
      if (type != AVAILABLE && type.xmlValue().equals(value.get())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

package dev.parley.node;

import java.util.Locale;

/**
 * Whether a new room of a chat node alias is listed in the service's disco#items (XEP-0045 §6.3,
 * "public") or not ("hidden"); an owner may change it per room.
 */
public enum ChatRoomVisibility {
  PUBLIC,
  HIDDEN;

  /** {@code public} or {@code hidden}, as the API writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code public} or {@code hidden} (any case); null means public. */
  static ChatRoomVisibility parse(String text) {
    if (text == null || text.isBlank()) {
      return PUBLIC;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "public" -> PUBLIC;
      case "hidden" -> HIDDEN;
      default ->
          throw new IllegalArgumentException(
              "default room visibility must be public or hidden, not " + text.strip());
    };
  }
}

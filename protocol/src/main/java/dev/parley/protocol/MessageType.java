package dev.parley.protocol;

import java.util.Locale;
import java.util.Optional;

/** Message types of RFC 6121 §5.2.2; an absent or unknown type means {@link #NORMAL}. */
public enum MessageType {
  CHAT,
  ERROR,
  GROUPCHAT,
  HEADLINE,
  NORMAL;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MessageType from(Optional<String> value) {
    for (MessageType type : values()) {
      if (value.isPresent() && type.xmlValue().equals(value.get())) {
        return type;
      }
    }
    return NORMAL;
  }
}

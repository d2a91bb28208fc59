package dev.parley.protocol;

import java.util.Locale;
import java.util.Optional;

/** IQ types of RFC 6120 §8.2.3. */
public enum IqType {
  GET,
  SET,
  RESULT,
  ERROR;

  public String xmlValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isRequest() {
    return this == GET || this == SET;
  }

  static Optional<IqType> from(Optional<String> value) {
    for (IqType type : values()) {
      if (value.isPresent() && type.xmlValue().equals(value.get())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

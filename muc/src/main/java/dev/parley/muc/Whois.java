package dev.parley.muc;

import java.util.Optional;

/**
 * Who may see occupants' real JIDs (muc#roomconfig_whois): moderators only (a semi-anonymous room)
 * or anyone (a non-anonymous room).
 */
public enum Whois {
  MODERATORS("moderators"),
  ANYONE("anyone");

  private final String xmlValue;

  Whois(String xmlValue) {
    this.xmlValue = xmlValue;
  }

  public String xmlValue() {
    return xmlValue;
  }

  public static Optional<Whois> parse(String value) {
    for (Whois whois : values()) {
      if (whois.xmlValue.equals(value)) {
        return Optional.of(whois);
      }
    }
    return Optional.empty();
  }
}

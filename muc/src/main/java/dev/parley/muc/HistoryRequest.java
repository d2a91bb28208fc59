package dev.parley.muc;

import dev.parley.protocol.Element;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code <history/>} limits of a join (XEP-0045 §7.2.15). Invalid values are ignored, as if
 * absent, rather than refusing entry.
 */
record HistoryRequest(
    OptionalInt maxChars, OptionalInt maxStanzas, OptionalLong seconds, Optional<Instant> since) {

  static final HistoryRequest ALL =
      new HistoryRequest(
          OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(), Optional.empty());

  /** Reads the history element of a join's {@code <x xmlns='...muc'/>}, if any. */
  static HistoryRequest from(Optional<Element> mucX) {
    Optional<Element> history = mucX.flatMap(x -> x.child("history", MucNs.MUC));
    if (history.isEmpty()) {
      return ALL;
    }
    Element h = history.get();
    return new HistoryRequest(
        integer(h, "maxchars"), integer(h, "maxstanzas"), seconds(h), since(h));
  }

  private static OptionalInt integer(Element h, String name) {
    Optional<String> value = h.attribute(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int parsed = Integer.parseInt(value.get().trim());
      return parsed < 0 ? OptionalInt.empty() : OptionalInt.of(parsed);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalLong seconds(Element h) {
    OptionalInt value = integer(h, "seconds");
    return value.isPresent() ? OptionalLong.of(value.getAsInt()) : OptionalLong.empty();
  }

  private static Optional<Instant> since(Element h) {
    try {
      return h.attribute("since").map(String::trim).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

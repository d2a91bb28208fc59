package dev.parley.policy;

import java.util.Locale;

/** Which federated packets a policy exception covers (the seed's direction options). */
public enum PolicyDirection {
  /** "all federated packets from/to the above domain/host". */
  ALL,
  /** "only incoming federated packets from the above domain/host". */
  INCOMING,
  /** "only outgoing federated packets to the above domain/host". */
  OUTGOING;

  /** Whether an exception in this direction applies to traffic going {@code traffic}. */
  public boolean covers(Traffic traffic) {
    return this == ALL
        || (this == INCOMING && traffic == Traffic.INBOUND)
        || (this == OUTGOING && traffic == Traffic.OUTBOUND);
  }

  /** The lower-case name used by the REST API, the CLI and the stored policy text. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code all}, {@code incoming} or {@code outgoing} (any case). */
  public static PolicyDirection parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (PolicyDirection direction : values()) {
      if (direction.name().equals(value)) {
        return direction;
      }
    }
    throw new IllegalArgumentException(
        "unknown direction '" + text + "': use all, incoming or outgoing");
  }

  /** The direction of one federated packet or stream. */
  public enum Traffic {
    INBOUND,
    OUTBOUND;

    /** {@code in} or {@code out}, as in the metric tags and {@code policy check --direction}. */
    public String label() {
      return this == INBOUND ? "in" : "out";
    }

    /** Reads {@code in}/{@code inbound}/{@code incoming} or {@code out}/{@code outbound}/... */
    public static Traffic parse(String text) {
      String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return switch (value) {
        case "in", "inbound", "incoming" -> INBOUND;
        case "out", "outbound", "outgoing" -> OUTBOUND;
        default ->
            throw new IllegalArgumentException("unknown direction '" + text + "': use in or out");
      };
    }
  }
}

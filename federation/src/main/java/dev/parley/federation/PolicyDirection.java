package dev.parley.federation;

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

  /** The direction of one federated packet. */
  public enum Traffic {
    INBOUND,
    OUTBOUND
  }
}

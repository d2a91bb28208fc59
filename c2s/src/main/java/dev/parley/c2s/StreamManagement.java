package dev.parley.c2s;

import dev.parley.protocol.Stanza;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * XEP-0198 counters and the queue of stanzas sent but not yet acknowledged. Counters are 32-bit
 * unsigned and wrap (XEP-0198 §4). Guarded by the owning session's lock.
 */
final class StreamManagement {
  private static final long MASK = 0xFFFF_FFFFL;
  private final String id;
  private final boolean resumable;
  private final Deque<Stanza> unacked = new ArrayDeque<>();
  private long handledInbound;
  private long sentOutbound;
  private long ackedOutbound;
  private int sinceLastRequest;

  StreamManagement(String id, boolean resumable) {
    this.id = id;
    this.resumable = resumable;
  }

  String id() {
    return id;
  }

  boolean resumable() {
    return resumable;
  }

  void inboundHandled() {
    handledInbound = (handledInbound + 1) & MASK;
  }

  long handledInbound() {
    return handledInbound;
  }

  /** Records an outgoing stanza; true when it is time to ask the client for an ack. */
  boolean sent(Stanza stanza) {
    unacked.addLast(stanza);
    sentOutbound = (sentOutbound + 1) & MASK;
    return ++sinceLastRequest >= 5;
  }

  void requested() {
    sinceLastRequest = 0;
  }

  /**
   * Applies the client's {@code h}; returns false when it acknowledges more than was sent (XEP-0198
   * §5: undefined-condition).
   */
  boolean acknowledge(long h) {
    long newlyAcked = (h - ackedOutbound) & MASK;
    if (newlyAcked > unacked.size()) {
      return false;
    }
    for (long i = 0; i < newlyAcked; i++) {
      unacked.pollFirst();
    }
    ackedOutbound = h & MASK;
    return true;
  }

  int unackedCount() {
    return unacked.size();
  }

  /** Removes and returns everything not acknowledged. */
  List<Stanza> drainUnacked() {
    List<Stanza> rest = new ArrayList<>(unacked);
    unacked.clear();
    return rest;
  }

  /** After resumption with the client's {@code h}: what must be sent again. */
  List<Stanza> toResend(long h) {
    acknowledge(h);
    return new ArrayList<>(unacked);
  }
}

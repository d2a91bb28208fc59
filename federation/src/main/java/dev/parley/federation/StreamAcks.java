package dev.parley.federation;

import dev.parley.protocol.Stanza;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * XEP-0198 counters of one server stream and the stanzas it sent that the peer has not yet
 * acknowledged. Counters are 32-bit unsigned and wrap (XEP-0198 §4). Not thread-safe: the owner
 * guards it.
 */
final class StreamAcks {
  private static final long MASK = 0xFFFF_FFFFL;

  /**
   * Ask for an ack after this many unrequested stanzas (at the end of a written batch; a quiet
   * stream asks after a second instead). Each request costs the peer an answer, so not every few
   * stanzas; what is unacknowledged stays in memory, so not rarely either.
   */
  static final int REQUEST_EVERY = 64;

  private final Deque<Stanza> unacked = new ArrayDeque<>();
  private long handledInbound;
  private long ackedOutbound;
  private int sinceLastRequest;

  StreamAcks() {
    this(0);
  }

  /** Starts both counters at {@code start} (tests of the wrap-around). */
  StreamAcks(long start) {
    this.handledInbound = start & MASK;
    this.ackedOutbound = start & MASK;
  }

  void inboundHandled() {
    handledInbound = (handledInbound + 1) & MASK;
  }

  long handledInbound() {
    return handledInbound;
  }

  /** Records an outgoing stanza; true when it is time to ask the peer for an ack. */
  boolean sent(Stanza stanza) {
    unacked.addLast(stanza);
    return ++sinceLastRequest >= REQUEST_EVERY;
  }

  /** Stanzas sent since the last ack request. */
  int unrequested() {
    return sinceLastRequest;
  }

  void requested() {
    sinceLastRequest = 0;
  }

  /**
   * Applies the peer's {@code h}; false when it acknowledges more than was sent (XEP-0198 §5: the
   * stream then ends with undefined-condition).
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

  /** Removes and returns everything not acknowledged, oldest first. */
  List<Stanza> drainUnacked() {
    List<Stanza> rest = new ArrayList<>(unacked);
    unacked.clear();
    return rest;
  }
}

package dev.parley.federation;

import dev.parley.protocol.Stanza;
import java.util.List;

/** Told how an outbound stream's negotiation ends. */
interface OutboundAttempt {

  void established(ServerLink stream);

  /**
   * The attempt failed. {@code retryWithoutTls} when TLS could not be established under TLS
   * Optional, so a plaintext attempt with dialback should follow (the seed's fallback).
   */
  void failed(FederationFailure failure, boolean retryWithoutTls);

  /**
   * An established stream closed. {@code unacknowledged} holds the stanzas sent on it that the peer
   * never acknowledged (XEP-0198), oldest first; empty without stream management.
   */
  void closed(ServerLink stream, List<Stanza> unacknowledged);
}

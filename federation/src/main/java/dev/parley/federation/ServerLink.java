package dev.parley.federation;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;

/**
 * An authenticated server stream an {@link OutboundRoute} can send on: an outbound stream it
 * opened, or the reverse direction of an inbound stream the peer made bidirectional (XEP-0288).
 */
interface ServerLink {

  /** Sends a stanza; false when the stream has ended and the caller must keep it. */
  boolean send(Stanza stanza);

  /** The local domain the stream was opened for. */
  String local();

  /** The stream's entry in the sessions list. */
  ServerStream info();

  /** Whether further local domains may be asked for on this stream (XEP-0220 §2.4). */
  boolean shareable();

  /**
   * Asks the peer to accept {@code otherLocal} on this established stream too (XEP-0220 §2.4,
   * multiplexing): another {@code <db:result/>} with that domain's key. {@code attempt} hears
   * {@code established} on success; {@code refused} runs (on the event loop) when the peer answers
   * anything but valid, when the stream cannot carry it or when it ends first, and the caller then
   * opens a connection of its own.
   */
  void authorizeAlso(String otherLocal, OutboundAttempt attempt, Runnable refused);

  /** Ends the stream (orderly where the protocol allows it). */
  void close(StreamError error);
}

package dev.parley.server;

import dev.parley.protocol.FullJid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import java.util.Optional;

/**
 * A route to one bound client session, on this node or (later) on another cluster node. Methods are
 * thread-safe; {@link #deliver} never blocks.
 */
public interface ClientSession {

  FullJid jid();

  /** The last available presence the client broadcast; empty before initial presence. */
  Optional<Presence> presence();

  /** Records the client's broadcast presence; empty after it went unavailable. */
  void updatePresence(Optional<Presence> presence);

  /** Positive when the client sent initial presence (RFC 6121 §4.2 "available resource"). */
  default boolean isAvailable() {
    return presence().isPresent();
  }

  default int priority() {
    return presence().map(Presence::priority).orElse(0);
  }

  /** Whether the client asked for the roster, so that it gets roster pushes (RFC 6121 §2.1.6). */
  boolean rosterRequested();

  void markRosterRequested();

  <T> Optional<T> attribute(SessionAttribute<T> key);

  <T> void attribute(SessionAttribute<T> key, Optional<T> value);

  /** Queues a stanza for the client. */
  void deliver(Stanza stanza);

  /** Sends a stream error and closes the session. */
  void close(StreamError error);
}

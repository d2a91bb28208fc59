package dev.parley.federation;

import dev.parley.protocol.DomainJid;

/**
 * Told what federation learns about remote servers going away, for chat rooms, whose federated
 * occupants must leave with status 333 rather than linger (XEP-0045 §7.14). Called on a network
 * thread: must not block.
 */
public interface RemoteDomainListener {

  /** Nobody listens. */
  RemoteDomainListener NONE =
      new RemoteDomainListener() {
        @Override
        public void gone(DomainJid remote) {}

        @Override
        public void closed(DomainJid remote) {}
      };

  /**
   * The server of {@code remote} is gone: it announced its shutdown with the {@code
   * system-shutdown} stream error, or a new connection to it failed (no DNS answer, refused, TLS or
   * authentication failure) so that stanzas to it bounce.
   */
  void gone(DomainJid remote);

  /**
   * An established stream with {@code remote} ended cleanly. Prosody, for one, closes its streams
   * this way both when it stops and when a stream is idle, so this only says "check".
   */
  void closed(DomainJid remote);
}

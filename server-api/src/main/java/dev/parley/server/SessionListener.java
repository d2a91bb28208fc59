package dev.parley.server;

/** Told when a client session is bound and when it ends, in that order, once each. */
public interface SessionListener {

  default void bound(ClientSession session) {}

  /**
   * The session ended. {@code graceful} is false when the connection was lost rather than closed by
   * the client (RFC 6121 §4.6 still requires unavailable presence to be broadcast).
   */
  default void ended(ClientSession session, boolean graceful) {}
}

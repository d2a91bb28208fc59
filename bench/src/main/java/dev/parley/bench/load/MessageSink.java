package dev.parley.bench.load;

import dev.parley.protocol.Element;

/**
 * Receives what a load client sees after login. Called on that client's event loop thread, in the
 * order the stanzas arrived: it must not block.
 */
public interface MessageSink {

  /**
   * A {@code <message/>} or {@code <presence/>} arrived at the client with index {@code client}.
   */
  void message(int client, Element message);

  /** The connection of client {@code client} ended while the run still needed it. */
  void disconnected(int client, Exception cause);
}

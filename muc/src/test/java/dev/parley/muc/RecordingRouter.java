package dev.parley.muc;

import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.Router;
import java.util.ArrayList;
import java.util.List;

/** A router that keeps what the chat service routed, for assertions. */
final class RecordingRouter implements Router {
  private final List<Stanza> routed = new ArrayList<>();

  @Override
  public synchronized void route(Stanza stanza) {
    routed.add(stanza);
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    throw new UnsupportedOperationException("the chat service never routes as a client");
  }

  /** Everything routed since the last call. */
  synchronized List<Stanza> take() {
    List<Stanza> copy = List.copyOf(routed);
    routed.clear();
    return copy;
  }
}

package dev.parley.policy;

import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.Router;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A router that keeps what it is given. */
final class RecordingRouter implements Router {
  final List<Stanza> routed = new CopyOnWriteArrayList<>();

  @Override
  public void route(Stanza stanza) {
    routed.add(stanza);
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    routed.add(stanza);
  }
}

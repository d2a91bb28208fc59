package dev.parley.email;

import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import java.util.ArrayList;
import java.util.List;

/** A router and a domain service that keep what they are given. */
final class Recorder implements Router, DomainService {
  final List<Stanza> stanzas = new ArrayList<>();

  @Override
  public void route(Stanza stanza) {
    stanzas.add(stanza);
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    stanzas.add(stanza);
  }

  @Override
  public void accept(Stanza stanza) {
    stanzas.add(stanza);
  }

  Stanza only() {
    if (stanzas.size() != 1) {
      throw new AssertionError("expected one stanza, got " + stanzas);
    }
    return stanzas.get(0);
  }
}

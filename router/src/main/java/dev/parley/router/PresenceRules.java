package dev.parley.router;

import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.PresenceHandler;
import java.util.List;

/** Hands a client's presence to the IM module's rules and turns the outcome into stanzas. */
final class PresenceRules {
  private final PresenceHandler presence;
  private final IqDispatcher outcomes;

  PresenceRules(PresenceHandler presence, IqDispatcher outcomes) {
    this.presence = presence;
    this.outcomes = outcomes;
  }

  List<Stanza> outbound(Presence stanza, ClientSession sender) {
    return outcomes.apply(presence.outbound(stanza, sender), stanza);
  }
}

package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.server.ClientSession;
import dev.parley.server.Outcome;
import dev.parley.server.PresenceHandler;
import dev.parley.server.RouteDirectory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The smallest useful stand-in for the IM module's presence rules (the router must not depend on
 * it): presence to a bare JID reaches every available resource, directed presence is routed, and
 * every call is recorded.
 */
final class RecordingPresence implements PresenceHandler {
  /** One call to {@link #inbound}. */
  record Inbound(Presence presence, BareJid recipient) {}

  private final RouteDirectory sessions;
  private final List<Inbound> inbound = new CopyOnWriteArrayList<>();
  private final List<Presence> outbound = new CopyOnWriteArrayList<>();

  RecordingPresence(RouteDirectory sessions) {
    this.sessions = sessions;
  }

  List<Inbound> inbound() {
    return List.copyOf(inbound);
  }

  List<Presence> outbound() {
    return List.copyOf(outbound);
  }

  @Override
  public Outcome outbound(Presence presence, ClientSession sender) {
    outbound.add(presence);
    return presence.to().isPresent() ? Outcome.reply(presence) : Outcome.done();
  }

  @Override
  public Outcome inbound(Presence presence, BareJid recipient) {
    inbound.add(new Inbound(presence, recipient));
    if (presence.type() == PresenceType.AVAILABLE || presence.type() == PresenceType.UNAVAILABLE) {
      for (ClientSession session : sessions.sessions(recipient)) {
        if (session.isAvailable()) {
          session.deliver(presence);
        }
      }
    }
    return Outcome.done();
  }
}

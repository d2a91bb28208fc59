package dev.parley.ext.testing;

import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import dev.parley.server.ClientSession;
import dev.parley.server.SessionAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A client session that records what it was given. */
public final class FakeSession implements ClientSession {
  private final FullJid jid;
  private final Map<SessionAttribute<?>, Object> attributes = new HashMap<>();
  private Optional<Presence> presence = Optional.empty();
  private boolean rosterRequested;
  public final List<Stanza> delivered = new ArrayList<>();
  public final List<StreamError> closedWith = new ArrayList<>();

  public FakeSession(String fullJid) {
    this.jid = (FullJid) Jid.parse(fullJid);
  }

  /** Marks the session available with a plain presence. */
  public FakeSession available() {
    presence =
        Optional.of(
            Presence.of(
                dev.parley.protocol.PresenceType.AVAILABLE, Optional.of(jid), Optional.empty()));
    return this;
  }

  @Override
  public FullJid jid() {
    return jid;
  }

  @Override
  public Optional<Presence> presence() {
    return presence;
  }

  @Override
  public void updatePresence(Optional<Presence> newPresence) {
    presence = newPresence;
  }

  @Override
  public boolean rosterRequested() {
    return rosterRequested;
  }

  @Override
  public void markRosterRequested() {
    rosterRequested = true;
  }

  @Override
  public <T> Optional<T> attribute(SessionAttribute<T> key) {
    return Optional.ofNullable(attributes.get(key)).map(key.type()::cast);
  }

  @Override
  public <T> void attribute(SessionAttribute<T> key, Optional<T> value) {
    value.ifPresentOrElse(v -> attributes.put(key, v), () -> attributes.remove(key));
  }

  @Override
  public void deliver(Stanza stanza) {
    delivered.add(stanza);
  }

  @Override
  public void close(StreamError error) {
    closedWith.add(error);
  }
}

package dev.parley.admin;

import dev.parley.protocol.FullJid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import dev.parley.server.ClientSession;
import dev.parley.server.SessionAttribute;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ClientSession} that records what it was sent and removes itself when closed. */
public final class TestSession implements ClientSession {

  private final FullJid jid;
  private final InMemoryRouteDirectory routes;
  private final Map<SessionAttribute<?>, Object> attributes = new ConcurrentHashMap<>();
  private final List<Stanza> delivered = new CopyOnWriteArrayList<>();
  private volatile Optional<Presence> presence = Optional.empty();
  private volatile Optional<StreamError> closedWith = Optional.empty();
  private volatile boolean rosterRequested;

  public TestSession(FullJid jid, InMemoryRouteDirectory routes) {
    this.jid = jid;
    this.routes = routes;
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
    this.presence = newPresence;
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
    closedWith = Optional.of(error);
    routes.unregister(this);
  }

  public Optional<StreamError> closedWith() {
    return closedWith;
  }
}

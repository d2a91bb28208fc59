package dev.parley.testkit.fakes;

import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
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

/** A client session that keeps what it was given, for assertions. */
public final class RecordingSession implements ClientSession {
  private final FullJid jid;
  private final List<Stanza> received = new CopyOnWriteArrayList<>();
  private final Map<SessionAttribute<?>, Object> attributes = new ConcurrentHashMap<>();
  private volatile Optional<Presence> presence = Optional.empty();
  private volatile boolean rosterRequested;
  private volatile Optional<StreamError> closed = Optional.empty();

  public RecordingSession(FullJid jid) {
    this.jid = jid;
  }

  public static RecordingSession of(String fullJid) {
    return new RecordingSession((FullJid) Jid.parse(fullJid));
  }

  /** Makes the session available with the given priority, as if it had sent presence. */
  public RecordingSession available(int priority) {
    Element element =
        Element.builder("presence", Namespaces.CLIENT)
            .attribute("from", jid.toString())
            .textChild("priority", Namespaces.CLIENT, Integer.toString(priority))
            .build();
    presence = Optional.of((Presence) Stanza.parse(element));
    return this;
  }

  public List<Stanza> received() {
    return List.copyOf(received);
  }

  public void clear() {
    received.clear();
  }

  public Optional<StreamError> closed() {
    return closed;
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
    if (value.isPresent()) {
      attributes.put(key, value.get());
    } else {
      attributes.remove(key);
    }
  }

  @Override
  public void deliver(Stanza stanza) {
    received.add(stanza);
  }

  @Override
  public void close(StreamError error) {
    closed = Optional.of(error);
  }

  @Override
  public String toString() {
    return "session " + jid;
  }
}

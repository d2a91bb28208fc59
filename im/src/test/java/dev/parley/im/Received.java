package dev.parley.im;

import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;

/** Picks kinds of stanzas out of what a session received. */
final class Received {
  private Received() {}

  static List<Presence> presences(RecordingSession session, PresenceType type) {
    return session.received().stream()
        .filter(s -> s instanceof Presence p && p.type() == type)
        .map(Presence.class::cast)
        .toList();
  }

  /** Who each presence of this type came from, as text. */
  static List<String> presenceSenders(RecordingSession session, PresenceType type) {
    return presences(session, type).stream()
        .map(p -> p.from().map(Object::toString).orElse("?"))
        .toList();
  }

  static List<Iq> rosterPushes(RecordingSession session) {
    return session.received().stream()
        .filter(s -> s instanceof Iq iq && iq.type() == IqType.SET)
        .map(Iq.class::cast)
        .filter(iq -> iq.payload().filter(p -> p.is("query", Namespaces.ROSTER)).isPresent())
        .toList();
  }

  static List<Iq> iqs(RecordingSession session, String id) {
    return session.received().stream()
        .filter(s -> s instanceof Iq iq && iq.iqId().equals(id))
        .map(Iq.class::cast)
        .toList();
  }

  static List<Message> messages(RecordingSession session) {
    return session.received().stream()
        .filter(s -> s instanceof Message)
        .map(Message.class::cast)
        .toList();
  }

  static boolean nothingBut(RecordingSession session, Class<? extends Stanza> kind) {
    return session.received().stream().allMatch(kind::isInstance);
  }
}

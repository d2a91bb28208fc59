package dev.parley.c2s;

import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.server.SessionListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource binding (RFC 6120 §7): the server makes a resource when none is asked for, and a new
 * session with the same full JID replaces the old one, which gets the {@code conflict} error.
 */
final class Binding {
  private static final Logger LOG = LoggerFactory.getLogger(Binding.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final ClientConnection connection;

  Binding(ClientConnection connection) {
    this.connection = connection;
  }

  /** Handles a top-level element before binding; false when it is not a bind request. */
  boolean bind(Element element) {
    if (!element.is("iq", Namespaces.CLIENT)
        || !"set".equals(element.attribute("type").orElse(""))
        || element.child("bind", Namespaces.BIND).isEmpty()) {
      return false;
    }
    String id = element.attribute("id").orElse("");
    Element bind = element.child("bind", Namespaces.BIND).orElseThrow();
    String requested = bind.childText("resource", Namespaces.BIND).map(String::trim).orElse("");
    FullJid jid;
    try {
      jid = connection.authenticated.withResource(requested.isEmpty() ? generated() : requested);
    } catch (JidFormatException e) {
      // RFC 6120 §7.7.2.1: a resource that violates the profile is a bad-request.
      connection.send(
          bindError(id, StanzaError.of(StanzaErrorCondition.BAD_REQUEST, "invalid resource")));
      return true;
    }
    LocalClientSession session = new LocalClientSession(jid, connection.out, this::countOutbound);
    connection.bound(session);
    connection.offload(() -> register(session), ignored -> {});
    connection.send(
        Element.builder("iq", Namespaces.CLIENT)
            .attribute("type", "result")
            .attribute("id", id)
            .child(
                Element.builder("bind", Namespaces.BIND)
                    .textChild("jid", Namespaces.BIND, jid.toString())
                    .build())
            .build());
    return true;
  }

  private Void register(LocalClientSession session) {
    Optional<ClientSession> replaced = connection.context.directory().register(session);
    replaced.ifPresent(
        old ->
            old.close(StreamError.of(StreamErrorCondition.CONFLICT, "replaced by a new session")));
    for (SessionListener listener : connection.context.sessionListeners()) {
      listener.bound(session);
    }
    LOG.info(
        "session started: {} from {} on stream {}{}",
        session.jid(),
        connection.channel.remoteAddress(),
        connection.streamId,
        replaced.isPresent() ? " (replaced an older session)" : "");
    return null;
  }

  private void countOutbound(Stanza stanza) {
    connection.counters.sent(stanza.element().name());
  }

  private static String generated() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return "parley-" + HexFormat.of().formatHex(bytes);
  }

  private static Element bindError(String id, StanzaError error) {
    return Element.builder("iq", Namespaces.CLIENT)
        .attribute("type", "error")
        .attribute("id", id)
        .child(error.toElement())
        .build();
  }

  /** The legacy session request (RFC 3921 §3), accepted for old clients. */
  static Optional<Element> sessionReply(Element element) {
    if (element.is("iq", Namespaces.CLIENT)
        && "set".equals(element.attribute("type").orElse(""))
        && element.child("session", Namespaces.SESSION).isPresent()) {
      Iq request = (Iq) Stanza.parse(element);
      return Optional.of(
          Element.builder("iq", Namespaces.CLIENT)
              .attribute("type", IqType.RESULT.xmlValue())
              .attribute("id", request.iqId())
              .build());
    }
    return Optional.empty();
  }
}

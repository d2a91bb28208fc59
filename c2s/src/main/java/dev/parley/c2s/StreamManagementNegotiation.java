package dev.parley.c2s;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** XEP-0198: enable, acks, and resumption of a detached session on a new connection. */
final class StreamManagementNegotiation {
  private static final Logger LOG = LoggerFactory.getLogger(StreamManagementNegotiation.class);
  private final ClientConnection connection;
  private final ResumptionRegistry resumptions;

  StreamManagementNegotiation(ClientConnection connection, ResumptionRegistry resumptions) {
    this.connection = connection;
    this.resumptions = resumptions;
  }

  static boolean isStreamManagement(Element element) {
    return Namespaces.STREAM_MANAGEMENT.equals(element.namespace());
  }

  /** An SM element on a bound stream. */
  void onBound(LocalClientSession session, Element element) {
    switch (element.name()) {
      case "enable" -> enable(session, element);
      case "r" ->
          session
              .streamManagement()
              .ifPresent(
                  sm ->
                      session.sendNegotiation(
                          Element.builder("a", Namespaces.STREAM_MANAGEMENT)
                              .attribute("h", Long.toString(sm.handledInbound()))
                              .build()));
      case "a" -> acknowledge(session, element);
      default ->
          connection.fail(
              StreamError.of(
                  StreamErrorCondition.UNSUPPORTED_STANZA_TYPE,
                  "unexpected sm element " + element.name()));
    }
  }

  private void enable(LocalClientSession session, Element element) {
    if (session.streamManagement().isPresent()) {
      session.sendNegotiation(failed(StanzaErrorCondition.UNEXPECTED_REQUEST));
      return;
    }
    boolean resume =
        "true".equals(element.attribute("resume").orElse(""))
            || "1".equals(element.attribute("resume").orElse(""));
    String id = UUID.randomUUID().toString();
    session.enableStreamManagement(new StreamManagement(id, resume));
    Element.Builder enabled =
        Element.builder("enabled", Namespaces.STREAM_MANAGEMENT).attribute("id", id);
    if (resume) {
      enabled
          .attribute("resume", "true")
          .attribute(
              "max", Long.toString(connection.context.settings().resumptionTimeout().toSeconds()));
    }
    session.sendNegotiation(enabled.build());
  }

  private void acknowledge(LocalClientSession session, Element element) {
    long h;
    try {
      h = Long.parseLong(element.attribute("h").orElse("x"));
    } catch (NumberFormatException e) {
      connection.fail(StreamError.of(StreamErrorCondition.INVALID_XML, "ack without a valid h"));
      return;
    }
    if (!session.acknowledge(h)) {
      // XEP-0198 §4: acknowledging stanzas that were never sent.
      connection.fail(
          StreamError.of(
              StreamErrorCondition.UNDEFINED_CONDITION, "h acknowledges more than was sent"));
    }
  }

  /** {@code <resume previd='' h=''/>} after authentication, instead of binding. */
  boolean resume(Element element) {
    if (!element.is("resume", Namespaces.STREAM_MANAGEMENT)) {
      return false;
    }
    String previd = element.attribute("previd").orElse("");
    long h;
    try {
      h = Long.parseLong(element.attribute("h").orElse("x"));
    } catch (NumberFormatException e) {
      connection.send(failed(StanzaErrorCondition.BAD_REQUEST));
      return true;
    }
    Optional<LocalClientSession> claimed = resumptions.claim(previd, connection.authenticated);
    if (claimed.isEmpty()) {
      connection.send(failed(StanzaErrorCondition.ITEM_NOT_FOUND));
      return true;
    }
    LocalClientSession session = claimed.get();
    connection.bound(session);
    long handled = session.streamManagement().orElseThrow().handledInbound();
    session.attach(
        connection.out,
        h,
        Element.builder("resumed", Namespaces.STREAM_MANAGEMENT)
            .attribute("previd", previd)
            .attribute("h", Long.toString(handled))
            .build());
    LOG.info(
        "session resumed: {} from {} on stream {}",
        session.jid(),
        connection.channel.remoteAddress(),
        connection.streamId);
    return true;
  }

  private static Element failed(StanzaErrorCondition condition) {
    return Element.builder("failed", Namespaces.STREAM_MANAGEMENT)
        .child(condition.elementName(), Namespaces.STANZAS_ERRORS)
        .build();
  }
}

package dev.parley.c2s;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaFormatException;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanzas from a bound client: checked, stamped with the session's full JID (RFC 6120 §8.1.2.1) and
 * handed to the router, in order. When nothing of the connection's is still being routed off the
 * event loop, the router gets the stanza on the event loop and routes at once what cannot block (a
 * message to a local user online); otherwise it waits its turn in the connection's serial executor.
 */
final class StanzaIntake {
  private static final Logger LOG = LoggerFactory.getLogger(StanzaIntake.class);
  private final ClientConnection connection;

  StanzaIntake(ClientConnection connection) {
    this.connection = connection;
  }

  void accept(LocalClientSession session, Element element) {
    if (!Stanza.isStanza(element) || !Namespaces.CLIENT.equals(element.namespace())) {
      connection.fail(
          StreamError.of(
              StreamErrorCondition.UNSUPPORTED_STANZA_TYPE,
              "unexpected element " + element.name() + " in " + element.namespace()));
      return;
    }
    session.inboundHandled();
    Optional<Element> sessionReply = Binding.sessionReply(element);
    if (sessionReply.isPresent()) {
      session.sendNegotiation(sessionReply.get());
      return;
    }
    connection.counters.received(element.name());
    if (connection.serial.idle()) {
      // On the event loop, inside channelRead's logging context.
      checked(session, element)
          .ifPresent(
              stanza ->
                  connection.context.router().routeFromClient(stanza, session, connection.serial));
    } else {
      connection.serial.execute(() -> route(session, element));
    }
  }

  private void route(LocalClientSession session, Element element) {
    try (LogContext context = LogContext.of(connection)) {
      checked(session, element)
          .ifPresent(stanza -> connection.context.router().routeFromClient(stanza, session));
    }
  }

  /** The stanza stamped with the sender's address, or empty when it was answered or refused. */
  private Optional<Stanza> checked(LocalClientSession session, Element element) {
    Stanza stanza;
    try {
      stanza = Stanza.parse(element);
    } catch (StanzaFormatException e) {
      LOG.debug("bad stanza from {}: {}", session.jid(), e.getMessage());
      answer(session, element, e.error());
      return Optional.empty();
    }
    Optional<Jid> claimed = stanza.from();
    if (claimed.isPresent()
        && !claimed.get().equals(session.jid())
        && !claimed.get().equals(session.jid().account())) {
      // RFC 6120 §8.1.2.1: a client may not claim another address.
      LOG.warn("{} sent a stanza claiming to be from {}", session.jid(), claimed.get());
      connection.onEventLoop(
          () ->
              connection.fail(
                  StreamError.of(StreamErrorCondition.INVALID_FROM, "'from' is not your address")));
      return Optional.empty();
    }
    return Optional.of(stanza.withAddresses(Optional.of(session.jid()), stanza.to()));
  }

  /** The error reply to a stanza that could not even be parsed. */
  private static void answer(LocalClientSession session, Element element, StanzaError error) {
    if ("error".equals(element.attribute("type").orElse(""))) {
      return; // never answer an error with an error
    }
    Element.Builder reply = Element.builder(element.name(), Namespaces.CLIENT);
    element.attribute("id").ifPresent(id -> reply.attribute("id", id));
    reply.attribute("type", "error").attribute("to", session.jid().toString());
    session.sendNegotiation(reply.child(error.toElement()).build());
  }
}

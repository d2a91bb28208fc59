package dev.parley.c2s;

import dev.parley.protocol.Iq;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import dev.parley.server.SessionListener;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends bound sessions: parks a dropped one for XEP-0198 resumption, or finishes it by broadcasting
 * unavailable presence (RFC 6121 §4.6.3), leaving the directory, and taking care of every stanza
 * the client never acknowledged: messages go back through the router to other resources or offline
 * storage, requests are answered with an error. Nothing is lost silently.
 */
final class SessionTermination {
  private static final Logger LOG = LoggerFactory.getLogger(SessionTermination.class);
  private final C2sContext context;
  private final ResumptionRegistry resumptions;

  SessionTermination(C2sContext context, ResumptionRegistry resumptions) {
    this.context = context;
    this.resumptions = resumptions;
  }

  /** The session's connection is gone; {@code clean} when the stream was closed properly. */
  void connectionLost(LocalClientSession session, boolean clean) {
    Optional<StreamManagement> sm = session.streamManagement();
    if (!clean && sm.isPresent() && sm.get().resumable()) {
      String id = sm.get().id();
      Duration timeout = context.settings().resumptionTimeout();
      session.detach(() -> expire(id, session));
      ScheduledFuture<?> expiry =
          context
              .timers()
              .schedule(() -> expire(id, session), timeout.toMillis(), TimeUnit.MILLISECONDS);
      resumptions.park(id, session, expiry);
      LOG.info("session detached: {}, resumable for {} s", session.jid(), timeout.toSeconds());
      return;
    }
    session.detach(() -> {});
    context.blocking().execute(() -> finish(session, clean ? "stream closed" : "connection lost"));
  }

  private void expire(String id, LocalClientSession session) {
    if (resumptions.expire(id, session)) {
      context.blocking().execute(() -> finish(session, "not resumed in time"));
    }
  }

  /** Ends every session waiting for resumption, at shutdown. */
  void finishWaiting() {
    for (LocalClientSession session : resumptions.drain()) {
      finish(session, "server shutdown");
    }
  }

  void finish(LocalClientSession session, String reason) {
    if (session.isAvailable()) {
      Presence unavailable =
          Presence.of(PresenceType.UNAVAILABLE, Optional.of(session.jid()), Optional.empty());
      context.router().routeFromClient(unavailable, session);
    }
    context.directory().unregister(session);
    for (SessionListener listener : context.sessionListeners()) {
      listener.ended(session, false);
    }
    List<Stanza> unacked = session.drainUnacked();
    for (Stanza stanza : unacked) {
      requeue(session, stanza);
    }
    LOG.info(
        "session ended: {} ({}), {} unacknowledged stanzas rerouted or bounced",
        session.jid(),
        reason,
        unacked.size());
  }

  private void requeue(LocalClientSession session, Stanza stanza) {
    switch (stanza) {
      case Message m when m.type() == MessageType.CHAT || m.type() == MessageType.NORMAL ->
          context.router().route(m.withAddresses(m.from(), Optional.of(session.jid().account())));
      case Iq iq when iq.type().isRequest() ->
          context
              .router()
              .route(
                  StanzaParser.errorReply(
                      iq,
                      StanzaError.of(
                          StanzaErrorCondition.RECIPIENT_UNAVAILABLE,
                          "the session ended before the request was acknowledged")));
      default ->
          LOG.debug("unacknowledged {} to {} not rerouted", stanza.element().name(), session.jid());
    }
  }
}

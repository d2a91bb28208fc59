package dev.parley.c2s;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.transport.OutboundOverflow;
import dev.parley.transport.SerialExecutor;
import dev.parley.transport.StreamWriter;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.channel.Channel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts of one client connection, shared by the negotiation steps: its channel and writer, the
 * negotiated domain, TLS and authentication, and the current {@link ClientState}. State is changed
 * on the channel's event loop only.
 */
final class ClientConnection {
  private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
  final C2sContext context;
  final Channel channel;
  final XmlStreamDecoder decoder;
  final StreamWriter out;
  final SerialExecutor serial;
  final StanzaCounters counters;
  ClientState state = new ClientState.AwaitingHeader(false);
  boolean encrypted;
  boolean headerSent;
  int authFailures;
  String streamId = "";
  DomainJid domain;
  BareJid authenticated;
  boolean busy;
  boolean closedByServer;
  LocalClientSession session;
  Runnable resumeInput = () -> {};

  ClientConnection(
      C2sContext context,
      StanzaCounters counters,
      Channel channel,
      XmlStreamDecoder decoder,
      boolean tls) {
    this.context = context;
    this.counters = counters;
    this.channel = channel;
    this.decoder = decoder;
    this.encrypted = tls;
    this.out = new StreamWriter(channel, Namespaces.CLIENT);
    this.serial = new SerialExecutor(context.blocking());
  }

  /** Sends our stream header in answer to the client's (RFC 6120 §4.7). */
  void sendHeader() {
    out.header(headerAttributes());
    headerSent = true;
  }

  /** Sends our stream header and the stream features after it, in one flush. */
  void sendHeader(Element features) {
    out.header(headerAttributes(), features);
    headerSent = true;
  }

  private Map<String, String> headerAttributes() {
    streamId = UUID.randomUUID().toString();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", streamId);
    attributes.put(
        "from",
        domain == null ? context.info().domains().iterator().next().domain() : domain.domain());
    attributes.put("version", "1.0");
    attributes.put("xml:lang", "en");
    return attributes;
  }

  /** Sends a stream error (with a header first if none was sent) and closes. */
  void fail(StreamError error) {
    if (state instanceof ClientState.Closed) {
      return;
    }
    LOG.info("client stream {} from {} failed: {}", streamId, channel.remoteAddress(), error);
    context
        .metrics()
        .counter(
            "parley.stream.errors", "condition", error.condition().elementName(), "kind", "c2s")
        .increment();
    if (!headerSent) {
      sendHeader();
    }
    state = new ClientState.Closed();
    closedByServer = true;
    out.error(error);
  }

  /**
   * The client stopped reading its data (see {@code OutboundGuardHandler}). RFC 6120 §4.9.3.17: a
   * local service policy was violated. Unlike {@link #fail}, the close counts as a dropped
   * connection, so a session with XEP-0198 resumption may still be resumed; either way what it
   * never received is rerouted by {@code SessionTermination}.
   */
  void overflow(OutboundOverflow overflow) {
    if (state instanceof ClientState.Closed) {
      return;
    }
    LOG.warn(
        "closing client stream {} of {} ({}): it did not read its data, {} bytes pending,"
            + " unwritable for {} ms ({})",
        streamId,
        session == null ? "an unbound client" : session.jid(),
        channel.remoteAddress(),
        overflow.pendingBytes(),
        overflow.unwritableFor().toMillis(),
        overflow.reason().tag());
    context
        .metrics()
        .counter("parley.c2s.slow-client.closed", "reason", overflow.reason().tag())
        .increment();
    context
        .metrics()
        .counter("parley.stream.errors", "condition", "policy-violation", "kind", "c2s")
        .increment();
    state = new ClientState.Closed();
    out.error(
        StreamError.of(
            StreamErrorCondition.POLICY_VIOLATION,
            "the client did not read its data: outbound limit passed"));
  }

  /**
   * Runs blocking {@code work} off the event loop and then {@code then} back on it. Until it is
   * done, further input waits in the backlog so that negotiation steps never overlap.
   */
  <T> void offload(java.util.function.Supplier<T> work, java.util.function.Consumer<T> then) {
    busy = true;
    serial.execute(
        () -> {
          T result = work.get();
          onEventLoop(
              () -> {
                busy = false;
                then.accept(result);
                resumeInput.run();
              });
        });
  }

  void send(Element element) {
    out.write(element);
  }

  /** Enters the bound state with {@code bound}, the session this connection now carries. */
  void bound(LocalClientSession bound) {
    session = bound;
    state = new ClientState.Bound(bound);
  }

  /** Runs {@code task} on the event loop: every state change happens there. */
  void onEventLoop(Runnable task) {
    if (channel.eventLoop().inEventLoop()) {
      task.run();
    } else {
      channel.eventLoop().execute(task);
    }
  }
}

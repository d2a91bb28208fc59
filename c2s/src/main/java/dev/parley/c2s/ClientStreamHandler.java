package dev.parley.c2s;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.protocol.StreamEvent;
import dev.parley.transport.OutboundOverflow;
import dev.parley.transport.StreamFailure;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one client stream through its {@link ClientState}s. Runs on the channel's event loop;
 * blocking steps are offloaded by {@link ClientConnection#offload} while further input waits in a
 * backlog, so steps never overlap and never block the loop.
 */
final class ClientStreamHandler extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(ClientStreamHandler.class);
  private final ClientConnection connection;
  private final SaslNegotiation sasl;
  private final Binding binding;
  private final Registration registration;
  private final StanzaIntake intake;
  private final StreamManagementNegotiation streamManagement;
  private final SessionTermination termination;
  private final Deque<Object> backlog = new ArrayDeque<>();
  private boolean closedByClient;

  ClientStreamHandler(
      ClientConnection connection, ResumptionRegistry resumptions, SessionTermination termination) {
    this.connection = connection;
    this.sasl = new SaslNegotiation(connection);
    this.binding = new Binding(connection);
    this.registration = new Registration(connection);
    this.intake = new StanzaIntake(connection);
    this.streamManagement = new StreamManagementNegotiation(connection, resumptions);
    this.termination = termination;
    connection.resumeInput = this::drainBacklog;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try (LogContext context = LogContext.of(connection)) {
      if (connection.busy || !backlog.isEmpty()) {
        backlog.add(msg);
        drainBacklog();
        return;
      }
      process(msg);
    }
  }

  private void drainBacklog() {
    while (!connection.busy && !backlog.isEmpty()) {
      process(backlog.poll());
    }
  }

  private void process(Object msg) {
    if (connection.state instanceof ClientState.Closed) {
      return;
    }
    switch (msg) {
      case StreamFailure failure -> connection.fail(failure.error());
      case StreamEvent.Opened opened -> open(opened);
      case StreamEvent.ElementReceived received -> element(received.element());
      case StreamEvent.Closed closed -> {
        closedByClient = true;
        connection.state = new ClientState.Closed();
        connection.out.close();
      }
      default -> LOG.warn("unexpected message in the client pipeline: {}", msg);
    }
  }

  private void open(StreamEvent.Opened opened) {
    if (!Namespaces.CLIENT.equals(opened.contentNamespace())) {
      connection.fail(
          StreamError.of(StreamErrorCondition.INVALID_NAMESPACE, "expected jabber:client"));
      return;
    }
    String to = opened.attributes().getOrDefault("to", "");
    DomainJid domain;
    try {
      domain = DomainJid.of(to);
    } catch (JidFormatException e) {
      connection.fail(StreamError.of(StreamErrorCondition.HOST_UNKNOWN, "no valid 'to' domain"));
      return;
    }
    if (!connection.context.info().hosts(domain.domain())) {
      connection.fail(
          StreamError.of(
              StreamErrorCondition.HOST_UNKNOWN, "this server does not serve " + domain));
      return;
    }
    if (connection.domain != null && !connection.domain.equals(domain)) {
      connection.fail(
          StreamError.of(
              StreamErrorCondition.HOST_UNKNOWN, "the domain changed during negotiation"));
      return;
    }
    connection.domain = domain;
    String version = opened.attributes().getOrDefault("version", "0.9");
    if (!version.startsWith("1.")) {
      connection.sendHeader();
      connection.fail(
          StreamError.of(StreamErrorCondition.UNSUPPORTED_VERSION, "XMPP 1.0 is required"));
      return;
    }
    boolean authenticated =
        connection.state instanceof ClientState.AwaitingHeader header && header.authenticated();
    connection.sendHeader(
        authenticated
            ? StreamFeatures.afterAuthentication(connection)
            : StreamFeatures.before(connection));
    connection.state = new ClientState.Negotiating(authenticated);
  }

  private void element(Element element) {
    switch (connection.state) {
      case ClientState.AwaitingHeader header ->
          connection.fail(
              StreamError.of(StreamErrorCondition.NOT_WELL_FORMED, "stream header expected"));
      case ClientState.Negotiating negotiating when negotiating.authenticated() ->
          afterAuth(element);
      case ClientState.Negotiating negotiating -> beforeAuth(element);
      case ClientState.Authenticating auth -> saslStep(auth, element);
      case ClientState.Bound bound -> {
        if (StreamManagementNegotiation.isStreamManagement(element)) {
          streamManagement.onBound(bound.session(), element);
        } else {
          intake.accept(bound.session(), element);
        }
      }
      case ClientState.Closed closed -> {}
    }
  }

  private void beforeAuth(Element element) {
    if (element.is("starttls", Namespaces.TLS) && !connection.encrypted) {
      startTls();
    } else if (element.is("auth", Namespaces.SASL)) {
      if (connection.context.settings().tlsRequired() && !connection.encrypted) {
        connection.fail(
            StreamError.of(StreamErrorCondition.POLICY_VIOLATION, "STARTTLS is required"));
      } else {
        sasl.auth(element);
      }
    } else if (isRegistration(element)) {
      registration.register(element);
    } else {
      // RFC 6120 §4.3.2, §6.4: nothing but negotiation before authentication.
      connection.fail(StreamError.of(StreamErrorCondition.NOT_AUTHORIZED, "authenticate first"));
    }
  }

  private boolean isRegistration(Element element) {
    return element.is("iq", Namespaces.CLIENT)
        && element.child("query", "jabber:iq:register").isPresent()
        && connection.context.registration().isPresent()
        && (connection.encrypted || !connection.context.settings().tlsRequired());
  }

  private void saslStep(ClientState.Authenticating auth, Element element) {
    if (element.is("response", Namespaces.SASL)) {
      sasl.response(auth.mechanism(), element);
    } else if (element.is("abort", Namespaces.SASL)) {
      sasl.abort(auth.mechanism());
    } else {
      connection.fail(
          StreamError.of(StreamErrorCondition.NOT_AUTHORIZED, "SASL exchange in progress"));
    }
  }

  private void afterAuth(Element element) {
    if (binding.bind(element) || streamManagement.resume(element)) {
      return;
    }
    connection.fail(StreamError.of(StreamErrorCondition.NOT_AUTHORIZED, "bind a resource first"));
  }

  private void startTls() {
    SslHandler ssl =
        connection.context.tls().startTls(connection.domain.domain(), connection.channel.alloc());
    // RFC 6120 §5.4.3.3: reset the parser; the client's next bytes are the TLS handshake.
    connection.decoder.restart();
    connection.channel.pipeline().addFirst("tls", ssl);
    connection.encrypted = true;
    connection.state = new ClientState.AwaitingHeader(false);
    connection.send(Element.of("proceed", Namespaces.TLS));
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent idle) {
      if (idle.state() == IdleState.WRITER_IDLE) {
        connection.out.keepalive();
      } else if (idle.state() == IdleState.READER_IDLE) {
        connection.fail(
            StreamError.of(StreamErrorCondition.CONNECTION_TIMEOUT, "idle for too long"));
      }
      return;
    }
    if (event instanceof OutboundOverflow overflow) {
      try (LogContext context = LogContext.of(connection)) {
        connection.overflow(overflow);
      }
      return;
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    connection.state = new ClientState.Closed();
    if (connection.session != null) {
      termination.connectionLost(connection.session, closedByClient || connection.closedByServer);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.info("client connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}

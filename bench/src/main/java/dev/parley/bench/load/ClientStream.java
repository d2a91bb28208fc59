package dev.parley.bench.load;

import dev.parley.bench.load.ClientStep.Stage;
import dev.parley.protocol.Element;
import dev.parley.protocol.StreamEvent;
import dev.parley.protocol.XmlWriter;
import dev.parley.transport.StreamFailure;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One load client's connection, driven by what the server sends: the negotiation as a state machine
 * over {@link ClientStep}s (each step with its own deadline), then received stanzas to the observer
 * and the {@link MessageSink}. Runs on the connection's event loop only.
 */
final class ClientStream extends ChannelInboundHandlerAdapter {
  private static final String STREAMS = "http://etherx.jabber.org/streams";
  private static final String TLS_NS = "urn:ietf:params:xml:ns:xmpp-tls";
  private static final String SASL_NS = "urn:ietf:params:xml:ns:xmpp-sasl";
  private static final String BIND_NS = "urn:ietf:params:xml:ns:xmpp-bind";
  private static final String SESSION_NS = "urn:ietf:params:xml:ns:xmpp-session";
  private static final String PING_NS = "urn:xmpp:ping";

  private final ClientSettings settings;
  private final Login login;
  private final CompletableFuture<String> ready = new CompletableFuture<>();
  private volatile Consumer<Element> observer = element -> {};
  private volatile boolean closing;
  private ChannelHandlerContext ctx;
  private ClientStep step = new ClientStep.Features(Stage.PLAIN);
  private ScheduledFuture<?> deadline;
  private boolean ended;

  /**
   * What to log in as and where to report.
   *
   * @param index the client's number, passed back to the sink
   * @param ping whether to end the login with a ping (a measured login) before being ready
   */
  record Login(int index, String localpart, String password, MessageSink sink, boolean ping) {}

  ClientStream(ClientSettings settings, Login login) {
    this.settings = settings;
    this.login = login;
  }

  /** Completes with the bound JID once online, or fails naming the step that failed. */
  CompletableFuture<String> ready() {
    return ready;
  }

  void observe(Consumer<Element> observer) {
    this.observer = observer;
  }

  /** The tool closes the connection itself: its end is no disconnection. */
  void closing() {
    closing = true;
  }

  /** The TCP connection could not be made. */
  void connectFailed(Throwable cause) {
    ready.completeExceptionally(new IOException("connect failed: " + cause.getMessage(), cause));
  }

  @Override
  public void channelActive(ChannelHandlerContext context) {
    this.ctx = context;
    openStream(Stage.PLAIN);
    context.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext context, Object msg) {
    try {
      switch (msg) {
        case StreamEvent.ElementReceived received -> element(received.element());
        case StreamEvent.Opened opened -> {
          if (!(step instanceof ClientStep.Features)) {
            throw new IOException("unexpected stream header");
          }
        }
        case StreamEvent.Closed closed -> throw new IOException("the server closed the stream");
        case StreamFailure failure -> throw new IOException("unreadable stream: " + failure);
        default -> ReferenceCountUtil.release(msg);
      }
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private void element(Element element) throws IOException {
    switch (step) {
      case ClientStep.Features features -> features(features.stage(), element);
      case ClientStep.Proceed proceed -> startTls(expect(element, "proceed"));
      case ClientStep.Handshake handshake -> throw new IOException("unexpected " + element);
      case ClientStep.Sasl sasl -> sasl(sasl.client(), element);
      case ClientStep.Bind bind -> bound(expect(element, "iq"), bind.session());
      case ClientStep.Session session -> {
        expect(element, "iq");
        online(session.jid());
      }
      case ClientStep.Ping ping -> {
        // Anything the server pushes before the answer (presence, say) is skipped.
        if (element.name().equals("iq") && "ping".equals(element.attribute("id").orElse(""))) {
          expect(element, "iq");
          ready(ping.jid());
        }
      }
      case ClientStep.Ready online -> deliver(element);
    }
  }

  private void features(Stage stage, Element features) throws IOException {
    if (!features.is("features", STREAMS)) {
      throw new IOException("expected stream features, got " + features);
    }
    if (stage == Stage.PLAIN) {
      boolean offered = features.child("starttls", TLS_NS).isPresent();
      if (settings.tls() == TlsPolicy.REQUIRED && !offered) {
        throw new IOException("the server does not offer STARTTLS");
      }
      if (offered && settings.tls() != TlsPolicy.NONE) {
        send("<starttls xmlns='" + TLS_NS + "'/>", new ClientStep.Proceed());
        return;
      }
    }
    if (stage != Stage.AUTHENTICATED) {
      authenticate(features);
      return;
    }
    boolean session =
        features.child("session", SESSION_NS).isPresent()
            && features
                .child("session", SESSION_NS)
                .flatMap(s -> s.child("optional", SESSION_NS))
                .isEmpty();
    send(
        "<iq type='set' id='bind'><bind xmlns='"
            + BIND_NS
            + "'><resource>"
            + settings.resource()
            + "</resource></bind></iq>",
        new ClientStep.Bind(session));
  }

  private void startTls(Element proceed) {
    // RFC 6120 §5.4.3.3: TLS goes in front of everything, and the XML stream starts afresh.
    // newHandler, not new SslHandler(newEngine(...)): an OpenSSL engine made by newEngine runs in
    // JDK-compatibility mode, which unwraps one record per call.
    SslHandler tls =
        Trust.forNetty(settings.sslContext())
            .newHandler(ctx.alloc(), settings.endpoint().domain(), settings.endpoint().port());
    tls.setHandshakeTimeoutMillis(settings.timeout().toMillis());
    ctx.pipeline().get(XmlStreamDecoder.class).restart();
    to(new ClientStep.Handshake());
    ctx.pipeline().addFirst("tls", tls);
    tls.handshakeFuture()
        .addListener(
            done -> {
              if (done.isSuccess()) {
                openStream(Stage.ENCRYPTED);
              } else {
                fail(done.cause());
              }
            });
  }

  private void authenticate(Element features) throws IOException {
    SaslClient sasl = SaslClient.create(settings.mechanism(), login.localpart(), login.password());
    boolean offered =
        features.child("mechanisms", SASL_NS).stream()
            .flatMap(m -> m.elements().stream())
            .anyMatch(m -> m.text().strip().equals(sasl.mechanism()));
    if (!offered) {
      throw new IOException("the server does not offer " + sasl.mechanism() + ": " + features);
    }
    send(
        "<auth xmlns='"
            + SASL_NS
            + "' mechanism='"
            + sasl.mechanism()
            + "'>"
            + Base64.getEncoder().encodeToString(sasl.initialResponse())
            + "</auth>",
        new ClientStep.Sasl(sasl));
  }

  private void sasl(SaslClient sasl, Element reply) throws IOException {
    byte[] data = decode(reply.text());
    switch (reply.name()) {
      case "challenge" ->
          send(
              "<response xmlns='"
                  + SASL_NS
                  + "'>"
                  + Base64.getEncoder().encodeToString(sasl.respond(data))
                  + "</response>",
              step);
      case "success" -> {
        sasl.verifySuccess(data);
        // RFC 6120 §6.4.6: the stream restarts; the server's next header is a new document.
        ctx.pipeline().get(XmlStreamDecoder.class).restart();
        openStream(Stage.AUTHENTICATED);
      }
      default -> throw new IOException("refused: " + reply);
    }
  }

  private void bound(Element reply, boolean session) throws IOException {
    String jid =
        reply
            .child("bind", BIND_NS)
            .flatMap(b -> b.childText("jid", BIND_NS))
            .orElseThrow(() -> new IOException("bind result without a JID: " + reply));
    if (session) {
      send(
          "<iq type='set' id='sess'><session xmlns='" + SESSION_NS + "'/></iq>",
          new ClientStep.Session(jid));
    } else {
      online(jid);
    }
  }

  /** Initial presence, so messages to the bare JID reach this client (RFC 6121 §8.5.2.1.1). */
  private void online(String jid) {
    if (login.ping()) {
      send(
          "<presence/><iq type='get' id='ping'><ping xmlns='" + PING_NS + "'/></iq>",
          new ClientStep.Ping(jid));
    } else {
      send("<presence/>", new ClientStep.Ready(jid));
      ready(jid);
    }
  }

  private void ready(String jid) {
    to(new ClientStep.Ready(jid));
    ready.complete(jid);
  }

  private void deliver(Element element) {
    observer.accept(element);
    if (element.name().equals("message") || element.name().equals("presence")) {
      login.sink().message(login.index(), element);
    }
  }

  private void openStream(Stage stage) {
    StringBuilder header = new StringBuilder("<?xml version='1.0'?><stream:stream to='");
    XmlWriter.escapeAttribute(settings.endpoint().domain(), header);
    header.append(
        "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
    send(header.toString(), new ClientStep.Features(stage));
  }

  /** Writes {@code xml} and moves to {@code next}, whose answer must come within the timeout. */
  private void send(String xml, ClientStep next) {
    to(next);
    ctx.writeAndFlush(utf8(ctx, xml));
  }

  private void to(ClientStep next) {
    step = next;
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
    if (!(next instanceof ClientStep.Ready)) {
      long millis = settings.timeout().toMillis();
      deadline =
          ctx.executor()
              .schedule(
                  () -> fail(new IOException("no answer within " + millis + " ms")),
                  millis,
                  TimeUnit.MILLISECONDS);
    }
  }

  static ByteBuf utf8(ChannelHandlerContext ctx, String xml) {
    return ByteBufUtil.writeUtf8(ctx.alloc(), xml);
  }

  @Override
  public void channelInactive(ChannelHandlerContext context) {
    fail(new IOException("connection closed by the server"));
    context.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    fail(cause);
  }

  /** Ends the connection once: a failed login fails its future, a lost session tells the sink. */
  private void fail(Throwable cause) {
    if (ended) {
      return;
    }
    ended = true;
    if (deadline != null) {
      deadline.cancel(false);
    }
    if (step instanceof ClientStep.Ready) {
      if (!closing) {
        login.sink().disconnected(login.index(), asException(cause));
      }
    } else {
      ready.completeExceptionally(
          new IOException(step.name() + " failed: " + cause.getMessage(), cause));
    }
    if (ctx != null) {
      ctx.close();
    }
  }

  private static Exception asException(Throwable cause) {
    return cause instanceof Exception e ? e : new IOException(cause);
  }

  private static Element expect(Element element, String name) throws IOException {
    if (!element.name().equals(name) || "error".equals(element.attribute("type").orElse(""))) {
      throw new IOException("unexpected answer " + element);
    }
    return element;
  }

  private static byte[] decode(String text) {
    String trimmed = text.strip();
    return trimmed.equals("=") ? new byte[0] : Base64.getMimeDecoder().decode(trimmed);
  }
}

package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.protocol.StreamEvent;
import dev.parley.transport.StreamFailure;
import dev.parley.transport.StreamWriter;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initiating side of a server stream: header, STARTTLS as the security mode demands, then SASL
 * EXTERNAL or dialback, then stanzas. Every step that fails ends the attempt with a {@link
 * FederationFailure} naming it.
 */
final class OutboundStreamHandler extends ChannelInboundHandlerAdapter implements ServerLink {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundStreamHandler.class);

  /** How long an orderly close waits for the peer to acknowledge what it was sent (XEP-0198). */
  private static final long ORDERLY_CLOSE_WAIT_MILLIS = 2_000;

  private boolean peerEnded;
  private final FederationContext context;
  private final OutboundPurpose purpose;
  private final String local;
  private final String remote;
  private final boolean tlsAllowed;
  private final XmlStreamDecoder decoder;
  private final OutboundAttempt attempt;
  private final ServerStream info;
  private OutboundState state = new OutboundState.AwaitingHeader();
  private StreamWriter out;
  private ChannelHandlerContext channel;
  private boolean encrypted;
  private String peerStreamId = "";
  private boolean saslDone;
  private boolean peerOffersSm; // the peer's last features offered XEP-0198 stream management
  private boolean peerOffersDialback; // before authentication (or it is a pre-1.0 server)

  private final SharedDomains shared =
      new SharedDomains(this::sharedAccepted, this::sendSharedResult);

  /** Set when we asked for a bidirectional stream (XEP-0288). */
  private BidiReceiver reverse;

  private OutboundStreamManagement sm;
  private BatchedWriter batches; // stanzas and their ack requests, many per flush under load

  /** Once established, the route must hear when the stream closes, however it ends. */
  private boolean wasEstablished;

  OutboundStreamHandler(
      FederationContext context,
      OutboundPurpose purpose,
      OutboundLink link,
      XmlStreamDecoder decoder,
      OutboundAttempt attempt) {
    this.context = context;
    this.purpose = purpose;
    this.local = link.local();
    this.remote = link.remote();
    this.tlsAllowed = link.tlsAllowed();
    this.encrypted = link.directTls();
    this.decoder = decoder;
    this.attempt = attempt;
    this.info =
        new ServerStream(
            UUID.randomUUID().toString(),
            ServerStream.Direction.OUTBOUND,
            context.info().nodeName(),
            this::close);
    info.domains(local, remote);
  }

  @Override
  public ServerStream info() {
    return info;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx;
    out = new StreamWriter(ctx.channel(), Namespaces.SERVER);
    batches = new BatchedWriter(ctx.channel());
    sm = new OutboundStreamManagement(remote, out, batches, ctx.executor());
    if (!encrypted) {
      sendHeader();
    }
    ctx.fireChannelActive();
  }

  private void sendHeader() {
    out.header(ServerNamespaces.header(local, remote));
    state = new OutboundState.AwaitingHeader();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent handshake) {
      handshakeDone(ctx, handshake);
    } else if (event instanceof IdleStateEvent) {
      close(StreamError.of(StreamErrorCondition.CONNECTION_TIMEOUT, "idle"));
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  private void handshakeDone(ChannelHandlerContext ctx, SslHandshakeCompletionEvent handshake) {
    if (!handshake.isSuccess()) {
      fail(FederationFailure.tlsHandshake(remote, handshake.cause()), true);
      return;
    }
    SslHandler ssl = ctx.pipeline().get(SslHandler.class);
    CertificateVerdict verdict =
        context.verifier().verify(FederationTls.peerChain(ssl), DomainJid.of(remote));
    info.tls(FederationTls.describe(ssl), verdict);
    encrypted = true;
    if (verdict instanceof CertificateVerdict.Untrusted untrusted
        && context.settings().requireValidCertificates()) {
      fail(FederationFailure.certificate(remote, untrusted), false);
      return;
    }
    sendHeader();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (state instanceof OutboundState.Done) {
      return;
    }
    switch (msg) {
      case StreamFailure failure -> {
        fail(
            FederationFailure.timeout("stream-error", remote + " sent bad XML: " + failure.error()),
            false);
        out.error(failure.error());
      }
      case StreamEvent.Opened opened -> opened(opened);
      case StreamEvent.ElementReceived received -> element(received.element());
      case StreamEvent.Closed closed -> peerClosed();
      default -> ctx.fireChannelRead(msg);
    }
  }

  private void opened(StreamEvent.Opened opened) {
    peerStreamId = opened.attributes().getOrDefault("id", "");
    if (!opened.attributes().getOrDefault("version", "").startsWith("1.")) {
      // A pre-XMPP-1.0 server offers no features, so no STARTTLS: dialback straight away,
      // unless TLS is required (no stanza is ever exchanged without TLS).
      if (context.mode() == SecurityMode.TLS_REQUIRED && !encrypted) {
        fail(FederationFailure.preXmpp10WithoutTls(remote), false);
        return;
      }
      peerOffersDialback = true;
      authenticate(Element.of("features", Namespaces.STREAM));
      return;
    }
    state = new OutboundState.AwaitingFeatures();
  }

  private void element(Element element) {
    switch (state) {
      case OutboundState.AwaitingFeatures f when element.is("features", Namespaces.STREAM) ->
          features(element);
      case OutboundState.StartingTls t when element.is("proceed", Namespaces.TLS) -> startTls();
      case OutboundState.StartingTls t ->
          fail(FederationFailure.timeout("tls-refused", remote + " refused STARTTLS"), true);
      case OutboundState.SaslExternal s -> saslAnswer(element);
      case OutboundState.Dialback d -> dialbackAnswer(element);
      case OutboundState.Established e when element.is("error", Namespaces.STREAM) ->
          peerError(element);
      case OutboundState.Established e
          when Namespaces.STREAM_MANAGEMENT.equals(element.namespace()) ->
          streamManagement(element);
      case OutboundState.Established e when element.is("result", ServerNamespaces.DIALBACK) ->
          sharedAnswer(element);
      case OutboundState.Established e when reverse != null && Stanza.isStanza(element) ->
          reverseStanza(element);
      case OutboundState.Established e ->
          LOG.warn("{} sent {} on an outbound-only stream; ignored", remote, element.name());
      default -> unexpected(element);
    }
  }

  private void unexpected(Element element) {
    if (element.is("error", Namespaces.STREAM)) {
      peerError(element);
      return;
    }
    fail(
        FederationFailure.timeout("protocol-error", remote + " sent unexpected " + element.name()),
        false);
    out.error(
        StreamError.of(
            StreamErrorCondition.UNSUPPORTED_STANZA_TYPE, "unexpected " + element.name()));
  }

  private void features(Element features) {
    peerOffersSm = features.child("sm", Namespaces.STREAM_MANAGEMENT).isPresent();
    if (saslDone) {
      // RFC 6120 §6.4.6: after SASL success and the stream restart, the stream is ready.
      established();
      return;
    }
    peerOffersDialback = features.child("dialback", ServerNamespaces.DIALBACK_FEATURE).isPresent();
    switch (OutboundStep.afterFeatures(
        context.settings(), purpose, remote, encrypted, tlsAllowed, features)) {
      case OutboundStep.Fail f -> fail(f.failure(), false);
      case OutboundStep.StartTls t -> {
        state = new OutboundState.StartingTls();
        out.write(Element.of("starttls", Namespaces.TLS));
      }
      case OutboundStep.SaslExternal x -> {
        requestBidi(features);
        saslExternal();
      }
      default -> {
        requestBidi(features);
        dialback();
      }
    }
  }

  /** XEP-0288 §2: asked for after TLS and before authentication, when the peer offers it. */
  private void requestBidi(Element features) {
    if (reverse == null && BidiReceiver.wanted(context, purpose, features)) {
      out.write(Element.of("bidi", ServerNamespaces.BIDI));
      reverse = new BidiReceiver(context, remote);
    }
  }

  private void reverseStanza(Element element) {
    Optional<StreamError> refused = reverse.receive(element);
    if (refused.isPresent()) {
      LOG.info("federation: {} sent a stanza refused on a bidi stream: {}", remote, refused.get());
      closeNow(refused.get());
      channel.close();
    } else {
      info.countIn();
      sm.inboundHandled();
    }
  }

  private void startTls() {
    SslHandler ssl = context.tls().clientHandler(local, remote, 5269, channel.alloc());
    decoder.restart();
    channel.pipeline().addFirst("tls", ssl);
  }

  private void authenticate(Element features) {
    switch (OutboundStep.authentication(context.settings(), purpose, encrypted, features)) {
      case OutboundStep.SaslExternal x -> saslExternal();
      default -> dialback();
    }
  }

  private void saslExternal() {
    state = new OutboundState.SaslExternal();
    out.write(ServerNamespaces.saslExternal(local));
  }

  private void dialback() {
    state = new OutboundState.Dialback();
    ServerNamespaces.send(
        out, purpose.firstDialbackElement(context.keys(), local, remote, peerStreamId));
  }

  private void saslAnswer(Element element) {
    switch (OutboundStep.afterSaslAnswer(element, peerOffersDialback, remote)) {
      case OutboundStep.Restart r -> {
        info.authenticated("SASL EXTERNAL");
        decoder.restart();
        sendHeader();
        saslDone = true;
      }
      case OutboundStep.Fail f -> fail(f.failure(), false);
      default -> {
        LOG.info("federation: SASL EXTERNAL to {} failed ({}); trying dialback", remote, element);
        dialback();
      }
    }
  }

  private void dialbackAnswer(Element element) {
    if (element.is("error", Namespaces.STREAM)) {
      peerError(element);
    } else if (purpose instanceof OutboundPurpose.Verify verify) {
      verify.answer().complete(DialbackVerdict.read(element));
      state = new OutboundState.Done();
      out.close();
    } else if (OutboundStep.afterDialbackResult(element, remote) instanceof OutboundStep.Fail f) {
      fail(f.failure(), false);
      out.close();
    } else {
      info.authenticated(info.snapshot().tls().isPresent() ? "dialback over TLS" : "dialback");
      established();
    }
  }

  // XEP-0220 §2.4: tried when the peer offered dialback, whatever authenticated the stream.
  @Override
  public void authorizeAlso(String otherLocal, OutboundAttempt attempt, Runnable refused) {
    String key = context.keys().key(remote, otherLocal, peerStreamId);
    channel
        .executor()
        .execute(() -> shared.request(shareable(), otherLocal, attempt, refused, key));
  }

  /** Whether this stream can be asked to carry other local domains: established, for delivery. */
  @Override
  public boolean shareable() {
    return wasEstablished
        && !(state instanceof OutboundState.Done)
        && purpose instanceof OutboundPurpose.Deliver
        && peerOffersDialback;
  }

  @Override
  public String local() {
    return local;
  }

  private void sendSharedResult(String otherLocal, String key) {
    ServerNamespaces.send(out, ServerNamespaces.result(otherLocal, remote, key));
  }

  private void sharedAccepted(String otherLocal) {
    if (reverse != null) {
      reverse.authorize(otherLocal); // XEP-0288 with XEP-0220 §2.4
    }
  }

  private void sharedAnswer(Element answer) {
    shared.answered(answer.attribute("to").orElse(""), DialbackVerdict.read(answer), this);
  }

  private void established() {
    state = new OutboundState.Established();
    wasEstablished = true;
    if (reverse != null) {
      reverse.authorize(local);
      info.authenticated(info.snapshot().authentication() + ", bidirectional");
    }
    context.streams().add(info);
    context.count("outbound", "established");
    LOG.info(
        "federation: outbound stream {} -> {} established ({})",
        local,
        remote,
        info.snapshot().authentication());
    if (peerOffersSm && purpose instanceof OutboundPurpose.Deliver) {
      // XEP-0198 §3: enable before the first stanza, so that every stanza is counted.
      sm.enable();
    }
    attempt.established(this);
  }

  @Override
  public boolean send(Stanza stanza) {
    if (!sm.send(stanza)) {
      return false;
    }
    info.countOut();
    return true;
  }

  private void streamManagement(Element element) {
    if (sm.element(element) == OutboundStreamManagement.Verdict.BAD_ACK) {
      out.error(
          StreamError.of(
              StreamErrorCondition.UNDEFINED_CONDITION, "acknowledged more than was sent"));
      fail(FederationFailure.badAck(remote), false);
    }
  }

  private void peerError(Element error) {
    fail(FederationFailure.peerStreamError(remote, error), false);
    out.close();
  }

  /**
   * The peer ended the stream cleanly (RFC 6120 §4.4: we answer with our closing tag). An
   * established stream just ends (channelInactive tells the route); negotiation fails.
   */
  private void peerClosed() {
    peerEnded = wasEstablished;
    if (!wasEstablished) {
      fail(FederationFailure.closedDuringNegotiation(remote, "stream"), false);
    }
    state = new OutboundState.Done();
    out.close();
  }

  /** Negotiation took too long: the attempt fails with a reason that says so. */
  void negotiationTimedOut() {
    if (channel == null) {
      return; // the TCP connection never came up; the connector reported that failure
    }
    if (!(state instanceof OutboundState.Established) && !(state instanceof OutboundState.Done)) {
      String step = state.getClass().getSimpleName();
      channel
          .executor()
          .execute(() -> fail(FederationFailure.negotiationTimeout(remote, step), false));
    }
  }

  @Override
  public void close(StreamError error) {
    if (out == null) {
      return;
    }
    try {
      channel.executor().execute(() -> closeOrderly(error));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      closeNow(error); // the event loop is stopping: no ack can arrive anyway
    }
  }

  private void closeOrderly(StreamError error) {
    if (!(state instanceof OutboundState.Done)
        && !sm.closeAfterAck(() -> closeNow(error), ORDERLY_CLOSE_WAIT_MILLIS)) {
      closeNow(error);
    }
  }

  private void closeNow(StreamError error) {
    if (!(state instanceof OutboundState.Done)) {
      state = new OutboundState.Done();
      batches.flush(); // stanzas still pending go out before the stream error
      out.error(error);
    }
  }

  private void fail(FederationFailure failure, boolean retryWithoutTls) {
    if (state instanceof OutboundState.Done) {
      return;
    }
    state = new OutboundState.Done();
    context.count("outbound", failure.reason());
    LOG.info(
        "federation: outbound {} -> {} failed at {}: {}",
        local,
        remote,
        failure.reason(),
        failure.text());
    if (purpose instanceof OutboundPurpose.Verify verify) {
      verify.answer().complete(DialbackVerdict.Error.of(failure.dialbackCondition()));
    }
    if (wasEstablished) {
      channel.close(); // channelInactive tells the route, which then opens a new stream
      return;
    }
    attempt.failed(failure, retryWithoutTls && context.mode() == SecurityMode.TLS_OPTIONAL);
    channel.close();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    context.streams().remove(info);
    if (wasEstablished) {
      // Whether the peer, an administrator or the idle timer closed it: without this the route
      // would keep writing to a dead stream and its stanzas would be lost without a bounce.
      boolean check = peerEnded || !(state instanceof OutboundState.Done); // not closed by us
      state = new OutboundState.Done();
      List<Stanza> unacknowledged = shared.closed(this, sm.close());
      LOG.info(
          "federation: outbound stream {} -> {} closed ({} unacknowledged stanzas)",
          local,
          remote,
          unacknowledged.size());
      attempt.closed(this, unacknowledged);
      if (check) {
        context.remoteStreamClosed(remote); // after the route knows, so a check opens a new stream
      }
    } else {
      fail(FederationFailure.closedDuringNegotiation(remote, "connection"), false);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("outbound stream to {} failed", remote, cause);
    ctx.close();
  }
}

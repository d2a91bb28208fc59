package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.protocol.StreamEvent;
import dev.parley.transport.SerialExecutor;
import dev.parley.transport.StreamFailure;
import dev.parley.transport.StreamWriter;
import dev.parley.transport.XmlStreamDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving side of a server stream: features by security mode, STARTTLS, SASL EXTERNAL
 * (XEP-0178) when the peer's certificate validates, dialback (XEP-0220, with XEP-0344's short-cut
 * over TLS with a trusted certificate) and then stanzas, each checked against the domains the
 * stream authenticated (RFC 6120 §4.7.1, §13.8).
 */
final class InboundStreamHandler extends ChannelInboundHandlerAdapter implements ServerLink {
  private static final Logger LOG = LoggerFactory.getLogger(InboundStreamHandler.class);
  private final FederationContext context;
  private final OutboundRoutes routes;
  private final XmlStreamDecoder decoder;
  private final ServerStream info;
  private final SerialExecutor serial;

  /** Authenticated (remote domain → local domains) pairs of this stream. */
  private final StreamAuthorizations authorized = new StreamAuthorizations();

  private StreamWriter out;
  private ChannelHandlerContext channel;
  private BatchedWriter batches; // stanzas sent back on a bidi stream (XEP-0288), many per flush

  /** Read by other threads in {@link #send}, written on the event loop. */
  private volatile InboundState state;

  /** The peer asked for a bidirectional stream (XEP-0288) before authenticating. */
  private boolean bidiRequested;

  /** Whether an outbound route sends on this stream (XEP-0288). */
  private boolean adopted;

  private String streamId = "";
  private String localDomain = "";
  private Optional<String> peerDomain = Optional.empty();
  private List<X509Certificate> peerChain = List.of();

  private final InboundStreamManagement sm = new InboundStreamManagement();

  InboundStreamHandler(
      FederationContext context,
      OutboundRoutes routes,
      XmlStreamDecoder decoder,
      boolean directTls) {
    this.context = context;
    this.routes = routes;
    this.decoder = decoder;
    this.state =
        new InboundState.AwaitingHeader(
            directTls ? InboundState.Security.TLS : InboundState.Security.PLAIN);
    this.serial = new SerialExecutor(context.blocking());
    this.info =
        new ServerStream(
            UUID.randomUUID().toString(),
            ServerStream.Direction.INBOUND,
            context.info().nodeName(),
            this::close);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx;
    out = new StreamWriter(ctx.channel(), Namespaces.SERVER);
    batches = new BatchedWriter(ctx.channel());
    ctx.fireChannelActive();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent handshake) {
      if (!handshake.isSuccess()) {
        LOG.info(
            "federation: TLS from {} failed: {}",
            ctx.channel().remoteAddress(),
            handshake.cause().getMessage());
        ctx.close();
        return;
      }
      SslHandler ssl = ctx.pipeline().get(SslHandler.class);
      // RFC 6120 §5.4.3.3: the peer now opens a new stream over TLS.
      state = new InboundState.AwaitingHeader(InboundState.Security.TLS);
      peerChain = FederationTls.peerChain(ssl);
      peerDomain.ifPresent(d -> info.tls(FederationTls.describe(ssl), verdict(d)));
    } else if (event instanceof IdleStateEvent) {
      fail(StreamError.of(StreamErrorCondition.CONNECTION_TIMEOUT, "idle"));
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  private CertificateVerdict verdict(String domain) {
    return context.verifier().verify(peerChain, DomainJid.of(domain));
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    switch (state) {
      case InboundState.Closed c -> {
        // Nothing more is read from a stream that ended.
      }
      case InboundState.AwaitingHeader a -> read(ctx, msg);
      case InboundState.Open o -> read(ctx, msg);
    }
  }

  private void read(ChannelHandlerContext ctx, Object msg) {
    switch (msg) {
      case StreamFailure failure -> fail(failure.error());
      case StreamEvent.Opened opened -> opened(opened);
      case StreamEvent.ElementReceived received -> element(received.element());
      case StreamEvent.Closed c -> {
        authorized.remotes().forEach(context::remoteStreamClosed);
        state = new InboundState.Closed();
        out.close();
      }
      default -> ctx.fireChannelRead(msg);
    }
  }

  private void opened(StreamEvent.Opened opened) {
    if (!Namespaces.SERVER.equals(opened.contentNamespace())) {
      fail(StreamError.of(StreamErrorCondition.INVALID_NAMESPACE, "expected jabber:server"));
      return;
    }
    String to = opened.attributes().getOrDefault("to", "");
    if (to.isEmpty() || !context.domains().contains(normalized(to))) {
      fail(
          StreamError.of(
              StreamErrorCondition.HOST_UNKNOWN, "this server does not serve '" + to + "'"));
      return;
    }
    localDomain = normalized(to);
    String from = opened.attributes().getOrDefault("from", "");
    if (!from.isEmpty()) {
      peerDomain = Optional.of(normalized(from));
    }
    info.domains(localDomain, peerDomain.orElse("?"));
    streamId = UUID.randomUUID().toString();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("xmlns:db", ServerNamespaces.DIALBACK);
    attributes.put("id", streamId);
    attributes.put("from", localDomain);
    peerDomain.ifPresent(p -> attributes.put("to", p));
    attributes.put("version", "1.0");
    out.header(attributes);
    state = new InboundState.Open(state.security());
    if (opened.attributes().getOrDefault("version", "").startsWith("1.")) {
      out.write(features());
    }
  }

  private static String normalized(String domain) {
    try {
      return DomainJid.of(domain).domain();
    } catch (JidFormatException e) {
      return domain;
    }
  }

  private Element features() {
    return InboundFeatures.of(
        context.settings(),
        context.bidi(),
        state.security().encrypted(),
        state.security() == InboundState.Security.TLS_SASL,
        state.security().encrypted()
            && peerDomain.map(d -> verdict(d).trusted()).orElse(!peerChain.isEmpty()));
  }

  private void element(Element element) {
    if (element.is("starttls", Namespaces.TLS)) {
      startTls();
    } else if (element.is("auth", Namespaces.SASL)) {
      saslExternal(element);
    } else if (element.is("result", ServerNamespaces.DIALBACK)) {
      dialbackResult(element);
    } else if (element.is("verify", ServerNamespaces.DIALBACK)) {
      answerVerify(element);
    } else if (element.is("bidi", ServerNamespaces.BIDI)) {
      // XEP-0288 §2: asked before authentication; honoured once the peer is authenticated.
      bidiRequested = context.bidi() && authorized.isEmpty();
    } else if (Stanza.isStanza(element)) {
      stanza(element);
    } else if (Namespaces.STREAM_MANAGEMENT.equals(element.namespace())) {
      streamManagement(element);
    } else if (element.is("error", Namespaces.STREAM)) {
      String condition = element.elements().isEmpty() ? "" : element.elements().get(0).name();
      LOG.info("federation: {} closed its stream with {}", peerDomain.orElse("?"), condition);
      if (condition.equals("system-shutdown")) {
        authorized.remotes().forEach(context::remoteDomainGone);
      }
      state = new InboundState.Closed();
      out.close();
    } else {
      fail(
          StreamError.of(
              StreamErrorCondition.UNSUPPORTED_STANZA_TYPE, "unexpected " + element.name()));
    }
  }

  private void startTls() {
    if (state.security().encrypted() || !context.mode().usesTls()) {
      out.write(Element.of("failure", Namespaces.TLS));
      fail(
          StreamError.of(
              StreamErrorCondition.POLICY_VIOLATION, "TLS is not available on this stream"));
      return;
    }
    decoder.restart();
    channel.pipeline().addFirst("tls", context.tls().serverHandler(localDomain, channel.alloc()));
    out.write(Element.of("proceed", Namespaces.TLS));
  }

  private void saslExternal(Element auth) {
    String text = auth.text().trim();
    String authzid =
        text.isEmpty() || "=".equals(text)
            ? peerDomain.orElse("")
            : normalized(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
    boolean allowed =
        "EXTERNAL".equals(auth.attribute("mechanism").orElse(""))
            && state.security().encrypted()
            && context.settings().saslExternalIncoming()
            && !authzid.isEmpty()
            && verdict(authzid).trusted();
    if (!allowed) {
      LOG.info(
          "federation: SASL EXTERNAL from {} as '{}' refused",
          channel.channel().remoteAddress(),
          authzid);
      out.write(
          Element.builder("failure", Namespaces.SASL)
              .child("not-authorized", Namespaces.SASL)
              .build());
      return;
    }
    Optional<String> refusal = refusal(authzid);
    if (refusal.isPresent()) {
      fail(StreamError.of(StreamErrorCondition.POLICY_VIOLATION, refusal.get()));
      return;
    }
    authorized.authorizeForAll(authzid, List.copyOf(context.domains().all()));
    authorize(authzid, List.of(), "SASL EXTERNAL");
    // RFC 6120 §6.4.6: the peer opens a new stream after <success/>.
    state = new InboundState.AwaitingHeader(InboundState.Security.TLS_SASL);
    decoder.restart();
    out.write(Element.of("success", Namespaces.SASL));
  }

  private void dialbackResult(Element result) {
    String originating = normalized(result.attribute("from").orElse(""));
    String receiving = normalized(result.attribute("to").orElse(""));
    boolean encrypted = state.security().encrypted();
    if (context.mode() == SecurityMode.TLS_REQUIRED && !encrypted) {
      fail(
          StreamError.of(StreamErrorCondition.POLICY_VIOLATION, "TLS is required before dialback"));
      return;
    }
    if (!context.domains().contains(receiving)) {
      // XEP-0220 §2.4: a receiving domain we do not serve is item-not-found, not a wrong key.
      dialbackDecided(originating, receiving, DialbackVerdict.Error.of("item-not-found"), "");
      return;
    }
    if (encrypted) {
      CertificateVerdict verdict = verdict(originating);
      if (verdict.trusted()) {
        // XEP-0344 §2.4: TLS with a certificate valid for the domain already proves it.
        dialbackDecided(
            originating,
            receiving,
            new DialbackVerdict.Valid(),
            "dialback over TLS (trusted certificate)");
        return;
      }
      if (context.settings().requireValidCertificates()) {
        LOG.info("federation: refusing dialback from {}: certificate {}", originating, verdict);
        dialbackDecided(originating, receiving, new DialbackVerdict.Invalid(), "");
        return;
      }
    }
    routes
        .verify(receiving, originating, streamId, result.text())
        .thenAccept(
            answer ->
                channel
                    .executor()
                    .execute(
                        () ->
                            dialbackDecided(
                                originating,
                                receiving,
                                answer,
                                encrypted ? "dialback over TLS" : "dialback")));
  }

  private void dialbackDecided(
      String originating, String receiving, DialbackVerdict answer, String how) {
    if (state instanceof InboundState.Closed) {
      return;
    }
    DialbackVerdict verdict = answer;
    if (answer instanceof DialbackVerdict.Valid) {
      Optional<String> refusal = refusal(originating);
      if (refusal.isPresent()) {
        if (authorized.isEmpty()) {
          fail(StreamError.of(StreamErrorCondition.POLICY_VIOLATION, refusal.get()));
          return;
        }
        // A further domain on a stream already in use: refuse that domain only (XEP-0220 §2.4).
        verdict = DialbackVerdict.Error.of("policy-violation");
      }
    }
    ServerNamespaces.send(out, ServerNamespaces.resultAnswer(receiving, originating, verdict));
    switch (verdict) {
      case DialbackVerdict.Valid v -> authorize(originating, List.of(receiving), how);
      case DialbackVerdict.Invalid i -> {
        context.count("inbound-dialback", "invalid");
        LOG.info("federation: dialback from {} to {} is invalid", originating, receiving);
      }
      case DialbackVerdict.Error e -> {
        context.count("inbound-dialback", e.condition());
        LOG.info(
            "federation: dialback from {} to {} answered with error {}",
            originating,
            receiving,
            e.condition());
      }
    }
  }

  /** Asks the federation policy; the reason when it refuses {@code remote}. */
  private Optional<String> refusal(String remote) {
    return switch (context.admission().admit(DomainJid.of(remote))) {
      case InboundAdmission.Admitted admitted -> Optional.empty();
      case InboundAdmission.Refused refused -> {
        context.count("inbound-policy", "denied");
        LOG.info(
            "federation: inbound stream from {} refused by policy: {}", remote, refused.reason());
        yield Optional.of(refused.reason());
      }
    };
  }

  private void authorize(String remote, List<String> locals, String how) {
    authorized.authorize(remote, locals);
    if (peerDomain.isEmpty()) {
      peerDomain = Optional.of(remote);
    }
    info.domains(localDomain, remote);
    boolean bidi = bidiRequested && !adopted && remote.equals(peerDomain.get());
    info.authenticated(bidi ? how + ", bidirectional" : how);
    context.streams().add(info);
    context.count("inbound", "established");
    LOG.info(
        "federation: inbound stream {} -> {} authenticated ({})",
        remote,
        locals.isEmpty() ? List.of(localDomain) : locals,
        how);
    if (bidi) {
      // XEP-0288 §2: stanzas from the stream's 'to' domain to the peer go back on this stream.
      adopted = true;
      routes.adopt(localDomain, remote, this);
    }
  }

  private void answerVerify(Element verify) {
    // XEP-0220 §2.3: we are the authoritative server of 'to'; compare the key we would have made.
    String receiving = verify.attribute("from").orElse("");
    String originating = normalized(verify.attribute("to").orElse(""));
    String id = verify.attribute("id").orElse("");
    DialbackVerdict answer =
        context.domains().contains(originating)
            ? DialbackVerdict.of(
                context.keys().matches(verify.text(), normalized(receiving), originating, id))
            // XEP-0220 §2.4: we are not authoritative for a domain we do not serve.
            : DialbackVerdict.Error.of("item-not-found");
    if (answer instanceof DialbackVerdict.Error) {
      LOG.info("federation: db:verify from {} for {}: not served here", receiving, originating);
    }
    ServerNamespaces.send(out, ServerNamespaces.verifyAnswer(originating, receiving, id, answer));
  }

  private void stanza(Element element) {
    switch (authorized.check(element, context.domains())) {
      case StreamAuthorizations.Refused refused -> fail(refused.error());
      case StreamAuthorizations.Accepted accepted -> {
        info.countIn();
        sm.handled();
        // One serial executor per stream keeps the peer's stanzas in order.
        serial.execute(() -> context.router().route(accepted.stanza()));
      }
    }
  }

  /** Sends a stanza back to the peer on a bidirectional stream (XEP-0288). */
  @Override
  public synchronized boolean send(Stanza stanza) {
    if (state instanceof InboundState.Closed || !channel.channel().isActive()) {
      return false;
    }
    batches.append(stanza.element());
    info.countOut();
    return true;
  }

  @Override
  public String local() {
    return localDomain;
  }

  @Override
  public ServerStream info() {
    return info;
  }

  @Override
  public boolean shareable() {
    return false; // the peer authenticated to us here; we cannot add our domains by dialback
  }

  @Override
  public void authorizeAlso(String otherLocal, OutboundAttempt attempt, Runnable refused) {
    refused.run();
  }

  @Override
  public void close(StreamError error) {
    channel.executor().execute(() -> fail(error));
  }

  /** XEP-0198 without resumption (see {@link InboundStreamManagement}). */
  private void streamManagement(Element element) {
    Optional<Element> answer = sm.answer(element, !authorized.isEmpty());
    answer.ifPresent(out::write);
    if (answer.filter(a -> a.name().equals("enabled")).isPresent()) {
      LOG.info("federation: {} enabled stream management", peerDomain.orElse("?"));
    }
  }

  private void fail(StreamError error) {
    if (state instanceof InboundState.Closed) {
      return;
    }
    state = new InboundState.Closed();
    LOG.info(
        "federation: inbound stream from {} ({}) failed: {}",
        peerDomain.orElse("?"),
        channel.channel().remoteAddress(),
        error);
    context.countStreamError(error);
    batches.flush(); // stanzas still pending go out before the stream error
    out.error(error);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    context.streams().remove(info);
    state = new InboundState.Closed();
    if (adopted) {
      routes.released(this);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("inbound server stream failed", cause);
    ctx.close();
  }
}

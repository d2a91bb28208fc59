package dev.parley.bench.selftest;

import dev.parley.protocol.Element;
import dev.parley.protocol.StreamEvent;
import dev.parley.protocol.XmlLimits;
import dev.parley.protocol.XmlStreamException;
import dev.parley.protocol.XmlStreamReader;
import dev.parley.protocol.XmlWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the echo endpoint: just enough of RFC 6120 for the load tool's client (stream
 * header and features, STARTTLS, SCRAM-SHA-1, bind), then ping answers and message delivery to the
 * addressee's session. Everything happens on the connection's event loop.
 */
final class EchoSession extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(EchoSession.class);
  private static final String CLIENT_NS = "jabber:client";
  private static final String TLS_NS = "urn:ietf:params:xml:ns:xmpp-tls";
  private static final String SASL_NS = "urn:ietf:params:xml:ns:xmpp-sasl";
  private static final String BIND_NS = "urn:ietf:params:xml:ns:xmpp-bind";

  /** Where the negotiation is; each stage offers its own stream features. */
  enum Stage {
    PLAIN,
    ENCRYPTED,
    AUTHENTICATED
  }

  /** Stream ids need only be unique here; a counter spares a SecureRandom call per header. */
  private static final AtomicLong STREAM_IDS = new AtomicLong();

  private final String domain;
  private final SslContext tls;
  private final ScramServer scram;
  private final EchoDirectory directory;
  private XmlStreamReader reader = new XmlStreamReader(XmlLimits.DEFAULT);
  private Stage stage = Stage.PLAIN;
  private ScramServer.Exchange exchange;
  private String user;
  private String jid;

  EchoSession(String domain, SslContext tls, ScramServer scram, EchoDirectory directory) {
    this.domain = domain;
    this.tls = tls;
    this.scram = scram;
    this.directory = directory;
  }

  Stage stage() {
    return stage;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf buf = (ByteBuf) msg;
    try {
      byte[] bytes = ByteBufUtil.getBytes(buf);
      for (StreamEvent event : reader.feed(bytes, 0, bytes.length)) {
        handle(ctx, event);
      }
    } catch (XmlStreamException e) {
      LOG.debug("unreadable stream: {}", e.getMessage());
      ctx.close();
    } finally {
      buf.release();
    }
  }

  private void handle(ChannelHandlerContext ctx, StreamEvent event) {
    switch (event) {
      case StreamEvent.Opened opened -> write(ctx, header() + features());
      case StreamEvent.ElementReceived received -> element(ctx, received.element());
      case StreamEvent.Closed closed ->
          ctx.writeAndFlush(text("</stream:stream>")).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void element(ChannelHandlerContext ctx, Element element) {
    switch (element.name()) {
      case "starttls" -> startTls(ctx);
      case "auth" -> auth(ctx, element);
      case "response" -> response(ctx, element);
      case "iq" -> iq(ctx, element);
      case "message" -> deliver(ctx, element);
      default -> {
        // Presence and anything else: the tool needs no answer.
      }
    }
  }

  private void startTls(ChannelHandlerContext ctx) {
    if (stage != Stage.PLAIN) {
      ctx.close();
      return;
    }
    // <proceed/> leaves in the clear; the TLS handler goes in front only after it (RFC 6120
    // §5.4.2.3), and the client's next header starts a new stream (§5.4.3.3).
    write(ctx, "<proceed xmlns='" + TLS_NS + "'/>");
    ctx.pipeline().addFirst("tls", tls.newHandler(ctx.alloc()));
    stage = Stage.ENCRYPTED;
    reader = new XmlStreamReader(XmlLimits.DEFAULT);
  }

  private void auth(ChannelHandlerContext ctx, Element element) {
    String first = decode(element.text());
    try {
      exchange = scram.begin(first);
      user = first.substring(first.indexOf("n=", 3) + 2, first.indexOf(",r="));
      write(
          ctx,
          "<challenge xmlns='" + SASL_NS + "'>" + encode(exchange.serverFirst()) + "</challenge>");
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      failure(ctx);
    }
  }

  private void response(ChannelHandlerContext ctx, Element element) {
    Optional<String> serverFinal =
        exchange == null ? Optional.empty() : scram.finish(exchange, decode(element.text()));
    if (serverFinal.isEmpty()) {
      failure(ctx);
      return;
    }
    write(ctx, "<success xmlns='" + SASL_NS + "'>" + encode(serverFinal.get()) + "</success>");
    stage = Stage.AUTHENTICATED;
    reader = new XmlStreamReader(XmlLimits.DEFAULT); // RFC 6120 §6.4.6: the stream restarts
  }

  private void failure(ChannelHandlerContext ctx) {
    write(ctx, "<failure xmlns='" + SASL_NS + "'><not-authorized/></failure>");
  }

  private void iq(ChannelHandlerContext ctx, Element iq) {
    String id = iq.attribute("id").orElse("");
    if (stage == Stage.AUTHENTICATED && iq.child("bind", BIND_NS).isPresent()) {
      String resource =
          iq.child("bind", BIND_NS)
              .flatMap(b -> b.childText("resource", BIND_NS))
              .filter(r -> !r.isBlank())
              .orElse(UUID.randomUUID().toString());
      jid = user + "@" + domain + "/" + resource;
      directory.bind(jid, ctx.channel());
      write(
          ctx,
          "<iq type='result' id='"
              + id
              + "'><bind xmlns='"
              + BIND_NS
              + "'><jid>"
              + jid
              + "</jid></bind></iq>");
      return;
    }
    // Pings and anything else get an empty result: the tool only waits for the answer.
    write(ctx, "<iq type='result' id='" + id + "'/>");
  }

  private void deliver(ChannelHandlerContext ctx, Element message) {
    if (jid == null) {
      ctx.close();
      return;
    }
    String to = message.attribute("to").orElse("");
    StringBuilder out = new StringBuilder(256);
    var target = directory.route(to);
    if (target.isPresent()) {
      XmlWriter.writeStreamElement(message.withAttribute("from", jid), CLIENT_NS, out);
      target.get().writeAndFlush(text(out.toString()));
    } else {
      // RFC 6121 §8.5.2.2.1 would store or bounce; the endpoint bounces so the tool counts it.
      XmlWriter.writeStreamElement(
          message.withAttribute("type", "error").withAttribute("from", to).withAttribute("to", jid),
          CLIENT_NS,
          out);
      write(ctx, out.toString());
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (jid != null) {
      directory.unbind(jid, ctx.channel());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("echo session failed: {}", cause.getMessage());
    ctx.close();
  }

  private String header() {
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
        + " xmlns:stream='http://etherx.jabber.org/streams' version='1.0' from='"
        + domain
        + "' id='"
        + Long.toHexString(STREAM_IDS.incrementAndGet())
        + "'>";
  }

  private String features() {
    return "<stream:features>"
        + switch (stage) {
          case PLAIN -> "<starttls xmlns='" + TLS_NS + "'><required/></starttls>";
          case ENCRYPTED ->
              "<mechanisms xmlns='" + SASL_NS + "'><mechanism>SCRAM-SHA-1</mechanism></mechanisms>";
          case AUTHENTICATED -> "<bind xmlns='" + BIND_NS + "'/>";
        }
        + "</stream:features>";
  }

  private static void write(ChannelHandlerContext ctx, String xml) {
    ctx.writeAndFlush(text(xml));
  }

  private static ByteBuf text(String xml) {
    return Unpooled.wrappedBuffer(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String base64) {
    String trimmed = base64.strip();
    return trimmed.equals("=")
        ? ""
        : new String(Base64.getMimeDecoder().decode(trimmed), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}

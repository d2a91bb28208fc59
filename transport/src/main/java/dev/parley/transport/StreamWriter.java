package dev.parley.transport;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.XmlWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.util.Map;

/**
 * Writes one XMPP stream to a channel: the header, top-level elements in the stream's content
 * namespace, stream errors and the closing tag. Safe to call from any thread.
 */
public final class StreamWriter {
  private final Channel channel;
  private final String contentNamespace;

  public StreamWriter(Channel channel, String contentNamespace) {
    this.channel = channel;
    this.contentNamespace = contentNamespace;
  }

  public Channel channel() {
    return channel;
  }

  /** Writes {@code <stream:stream ...>} with the given attributes. */
  public ChannelFuture header(Map<String, String> attributes) {
    return writeRaw(headerText(attributes));
  }

  /**
   * Writes the header and the stream's first element (its {@code <stream:features/>}) as one write
   * and one flush: under TLS one record and one send instead of two, three times per login.
   */
  public ChannelFuture header(Map<String, String> attributes, Element first) {
    StringBuilder out = headerText(attributes);
    XmlWriter.writeStreamElement(first, contentNamespace, out);
    return writeRaw(out);
  }

  private StringBuilder headerText(Map<String, String> attributes) {
    StringBuilder out = new StringBuilder(512);
    out.append("<?xml version='1.0'?><stream:stream xmlns='")
        .append(contentNamespace)
        .append("' xmlns:stream='")
        .append(Namespaces.STREAM)
        .append('\'');
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      out.append(' ').append(attribute.getKey()).append("='");
      XmlWriter.escapeAttribute(attribute.getValue(), out);
      out.append('\'');
    }
    out.append('>');
    return out;
  }

  public ChannelFuture write(Element element) {
    StringBuilder out = new StringBuilder(256);
    XmlWriter.writeStreamElement(element, contentNamespace, out);
    return writeRaw(out);
  }

  /**
   * Writes without flushing, for batches; call {@link #flush()} after. The future fails when the
   * bytes never reach the socket (the connection closed first, or {@link OutboundGuardHandler}
   * refused them).
   */
  public ChannelFuture append(Element element) {
    if (OutboundGuardHandler.refuses(channel)) {
      return channel.newFailedFuture(new OutboundRefusedException());
    }
    StringBuilder out = new StringBuilder(256);
    XmlWriter.writeStreamElement(element, contentNamespace, out);
    return channel.write(encode(out));
  }

  /**
   * {@link #append} and {@link #flush} in one: from a thread other than the channel's event loop
   * this hands the loop one task instead of two (a stanza delivered from a virtual thread).
   */
  public ChannelFuture appendAndFlush(Element element) {
    if (OutboundGuardHandler.refuses(channel)) {
      return channel.newFailedFuture(new OutboundRefusedException());
    }
    StringBuilder out = new StringBuilder(256);
    XmlWriter.writeStreamElement(element, contentNamespace, out);
    return channel.writeAndFlush(encode(out));
  }

  public void flush() {
    channel.flush();
  }

  /** Sends the error, closes the stream and then the connection (RFC 6120 §4.9.1.1). */
  public ChannelFuture error(StreamError error) {
    write(error.toElement());
    return close();
  }

  public ChannelFuture close() {
    return writeRaw("</stream:stream>").addListener(ChannelFutureListener.CLOSE);
  }

  /** A single space: the whitespace keepalive of RFC 6120 §4.6.1. */
  public ChannelFuture keepalive() {
    return writeRaw(" ");
  }

  private ChannelFuture writeRaw(CharSequence text) {
    return channel.writeAndFlush(encode(text));
  }

  private ByteBuf encode(CharSequence text) {
    return ByteBufUtil.writeUtf8(channel.alloc(), text);
  }
}

package dev.parley.transport;

import dev.parley.protocol.StreamEvent;
import dev.parley.protocol.XmlLimits;
import dev.parley.protocol.XmlStreamException;
import dev.parley.protocol.XmlStreamReader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Feeds received bytes to an {@link XmlStreamReader} and passes each {@link StreamEvent} on. A
 * protocol violation is passed on as a {@link StreamFailure}; after it nothing more is read.
 *
 * <p>Not {@code @Sharable}: one per connection. Call {@link #restart()} when the stream restarts
 * (after STARTTLS or SASL), before the peer's new header arrives.
 */
public final class XmlStreamDecoder extends ChannelInboundHandlerAdapter {
  private final XmlLimits limits;
  private XmlStreamReader reader;
  private boolean failed;

  public XmlStreamDecoder(XmlLimits limits) {
    this.limits = limits;
    this.reader = new XmlStreamReader(limits);
  }

  /** Starts a fresh XML document: the stream restarts after STARTTLS or SASL success. */
  public void restart() {
    reader = new XmlStreamReader(limits);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf buffer)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (failed) {
        return;
      }
      byte[] bytes = new byte[buffer.readableBytes()];
      buffer.readBytes(bytes);
      XmlStreamReader current = reader;
      for (StreamEvent event : current.feed(bytes, 0, bytes.length)) {
        ctx.fireChannelRead(event);
        if (current != reader) {
          // The handler restarted the stream (STARTTLS/SASL); later bytes belong to the new one.
          break;
        }
      }
    } catch (XmlStreamException e) {
      failed = true;
      ctx.fireChannelRead(new StreamFailure(e.error()));
    } finally {
      buffer.release();
    }
  }
}

package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.XmlWriter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;

/**
 * Writes the stanzas of a server stream in batches: each element is serialised at once, in order,
 * into one pending text, and the first element of a batch schedules one task on the channel's event
 * loop that hands everything pending by then to the channel as one buffer with one flush. Under
 * load that is one event-loop task, one {@code write(2)} and (with TLS) a few full records for many
 * stanzas, instead of one of each per stanza; a lone stanza still leaves at once. Safe to call from
 * any thread.
 */
final class BatchedWriter {
  /** Where a batch's text starts; it grows to the largest batch, up to {@link #KEEP_CHARS}. */
  private static final int FIRST_CHARS = 1024;

  /** A buffer larger than this after a flood is dropped rather than kept for the stream's life. */
  private static final int KEEP_CHARS = 64 * 1024;

  private final Channel channel;
  private StringBuilder pending = new StringBuilder(FIRST_CHARS);
  private boolean scheduled;

  BatchedWriter(Channel channel) {
    this.channel = channel;
  }

  /** Serialises {@code element} behind what is pending and makes sure a write follows. */
  synchronized void append(Element element) {
    XmlWriter.writeStreamElement(element, Namespaces.SERVER, pending);
    if (!scheduled) {
      scheduled = true;
      channel.eventLoop().execute(this::flush);
    }
  }

  /**
   * Hands what is pending to the channel now, on the event loop (before a stream's closing
   * elements, so that they come last).
   */
  void flush() {
    ByteBuf batch;
    synchronized (this) {
      scheduled = false;
      if (pending.isEmpty()) {
        return;
      }
      // String.getBytes is an intrinsic for Latin-1 text, far cheaper than encoding char by char.
      byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
      if (pending.length() > KEEP_CHARS) {
        pending = new StringBuilder(FIRST_CHARS);
      } else {
        pending.setLength(0);
      }
      batch = channel.alloc().buffer(bytes.length).writeBytes(bytes);
    }
    channel.writeAndFlush(batch);
  }
}

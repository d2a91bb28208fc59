package dev.parley.transport;

import io.netty.channel.WriteBufferWaterMark;
import java.time.Duration;

/**
 * How much outbound data one connection may hold before the server stops serving it.
 *
 * <p>Below {@code highWatermark} pending bytes a channel is writable; above it Netty marks it
 * unwritable until the backlog falls under {@code lowWatermark}. A connection that stays unwritable
 * longer than {@code maxUnwritable}, or whose backlog passes {@code maxPendingBytes}, has stopped
 * reading its data and is closed; after the closing stream error it gets {@code closeGrace} to read
 * what is left before the socket is closed regardless.
 *
 * @param lowWatermark pending bytes under which an unwritable channel becomes writable again
 * @param highWatermark pending bytes over which the channel becomes unwritable
 * @param maxPendingBytes hard limit on pending bytes; passing it closes the connection
 * @param maxUnwritable how long a channel may stay unwritable before it is closed
 * @param closeGrace how long the closing stream error may wait to be read
 */
public record OutboundLimits(
    int lowWatermark,
    int highWatermark,
    long maxPendingBytes,
    Duration maxUnwritable,
    Duration closeGrace) {

  /**
   * 64 KiB / 256 KiB watermarks hold a burst of several hundred room messages without stopping the
   * client; 4 MiB or one minute unwritable is far beyond what a reading client ever needs.
   */
  public static final OutboundLimits DEFAULT =
      new OutboundLimits(
          64 * 1024, 256 * 1024, 4L * 1024 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(5));

  public OutboundLimits {
    if (lowWatermark < 1 || highWatermark <= lowWatermark) {
      throw new IllegalArgumentException("watermarks must satisfy 0 < low < high");
    }
    if (maxPendingBytes <= highWatermark) {
      throw new IllegalArgumentException("max pending bytes must be above the high watermark");
    }
    if (maxUnwritable.isNegative() || maxUnwritable.isZero()) {
      throw new IllegalArgumentException("max unwritable time must be positive");
    }
    if (closeGrace.isNegative()) {
      throw new IllegalArgumentException("close grace must not be negative");
    }
  }

  /** The channel option for these watermarks. */
  public WriteBufferWaterMark waterMark() {
    return new WriteBufferWaterMark(lowWatermark, highWatermark);
  }
}

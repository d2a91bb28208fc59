package dev.parley.transport;

import java.time.Duration;

/**
 * A user event fired by {@link OutboundGuardHandler} when the peer has stopped reading: the stream
 * handler answers it with a stream error. From then on the guard refuses further writes.
 *
 * @param reason which limit was passed
 * @param pendingBytes outbound bytes waiting when the limit was passed
 * @param unwritableFor how long the channel had been unwritable
 */
public record OutboundOverflow(Reason reason, long pendingBytes, Duration unwritableFor) {

  /** Which of the {@link OutboundLimits} was passed. */
  public enum Reason {
    /** More than {@link OutboundLimits#maxPendingBytes()} waiting. */
    PENDING_BYTES,
    /** Unwritable for longer than {@link OutboundLimits#maxUnwritable()}. */
    UNWRITABLE_TIMEOUT;

    /** The metric tag value: {@code pending-bytes} or {@code unwritable-timeout}. */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}

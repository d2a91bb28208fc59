package dev.parley.c2s;

import dev.parley.protocol.XmlLimits;
import dev.parley.transport.OutboundLimits;
import java.time.Duration;

/**
 * Client stream settings.
 *
 * @param tlsRequired refuse authentication before STARTTLS (default true)
 * @param maxAuthFailures failed SASL attempts before the stream is closed
 * @param idleTimeout close a connection that sent nothing for this long
 * @param keepaliveInterval send a whitespace keepalive after this much silence
 * @param limits XML size and depth limits
 * @param resumptionTimeout how long a dropped session with stream management waits for resumption
 * @param maxUnacked stanzas kept for resumption before the session is considered stuck
 * @param outbound bounds on each connection's outbound buffer: a client that stops reading is
 *     closed with {@code policy-violation} (keys {@code c2s.outbound-low-watermark}, {@code
 *     c2s.outbound-high-watermark}, {@code c2s.outbound-max-pending}, {@code
 *     c2s.outbound-max-unwritable}; restart needed)
 */
public record C2sSettings(
    boolean tlsRequired,
    int maxAuthFailures,
    Duration idleTimeout,
    Duration keepaliveInterval,
    XmlLimits limits,
    Duration resumptionTimeout,
    int maxUnacked,
    OutboundLimits outbound) {

  public static final C2sSettings DEFAULT =
      new C2sSettings(
          true,
          3,
          Duration.ofMinutes(10),
          Duration.ofSeconds(90),
          XmlLimits.DEFAULT,
          Duration.ofMinutes(5),
          10_000,
          OutboundLimits.DEFAULT);

  /** The settings with the default {@link OutboundLimits}. */
  public C2sSettings(
      boolean tlsRequired,
      int maxAuthFailures,
      Duration idleTimeout,
      Duration keepaliveInterval,
      XmlLimits limits,
      Duration resumptionTimeout,
      int maxUnacked) {
    this(
        tlsRequired,
        maxAuthFailures,
        idleTimeout,
        keepaliveInterval,
        limits,
        resumptionTimeout,
        maxUnacked,
        OutboundLimits.DEFAULT);
  }

  public C2sSettings {
    if (maxAuthFailures < 1 || maxAuthFailures > 10) {
      throw new IllegalArgumentException("max auth failures must be between 1 and 10");
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idle timeout must be positive");
    }
    if (keepaliveInterval.compareTo(idleTimeout) >= 0) {
      throw new IllegalArgumentException("keepalive interval must be shorter than idle timeout");
    }
  }
}

package dev.parley.federation;

import dev.parley.protocol.XmlLimits;
import java.time.Duration;

/**
 * Bounds of the federation connection manager.
 *
 * @param queueSize stanzas that may wait per (local, remote) domain pair while connecting
 * @param queueTimeout how long a stanza may wait for a connection before it bounces
 * @param connectTimeout TCP connect timeout per address
 * @param negotiationTimeout from TCP connect to an authenticated stream
 * @param idleTimeout close a server stream with no traffic for this long
 * @param maxHoldDown the cap of the growing pause after a failed attempt (0 turns it off)
 * @param xml stanza size and depth limits
 */
public record FederationLimits(
    int queueSize,
    Duration queueTimeout,
    Duration connectTimeout,
    Duration negotiationTimeout,
    Duration idleTimeout,
    Duration maxHoldDown,
    XmlLimits xml) {

  /**
   * 10,000 queued stanzas per pair: a busy domain's burst while its first stream is negotiated
   * (about a second) must not bounce; 1,000 did under the s2s benchmark's 1,600 in flight.
   */
  public static final FederationLimits DEFAULT =
      new FederationLimits(
          10_000,
          Duration.ofSeconds(60),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(10),
          Duration.ofSeconds(60),
          XmlLimits.DEFAULT);

  public FederationLimits {
    if (queueSize < 1) {
      throw new IllegalArgumentException("queue size must be positive");
    }
    if (maxHoldDown.isNegative()) {
      throw new IllegalArgumentException("hold-down must not be negative");
    }
    positive("queue timeout", queueTimeout);
    positive("connect timeout", connectTimeout);
    positive("negotiation timeout", negotiationTimeout);
    positive("idle timeout", idleTimeout);
    if (connectTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("connect timeout is too long");
    }
  }

  private static void positive(String what, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}

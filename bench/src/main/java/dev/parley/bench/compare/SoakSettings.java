package dev.parley.bench.compare;

import java.time.Duration;

/**
 * How big and how long a soak is.
 *
 * @param sessions idle sessions to log in and hold
 * @param hold how long to hold them once all are logged in
 * @param sample the interval between readings
 * @param gcEvery force a full GC before every {@code gcEvery}-th reading (and the first and last)
 * @param parallel logins in flight at once during the ramp-up
 * @param pingSample sessions pinged at the end (0: every session)
 * @param keepalive how often each session sends a whitespace keepalive
 * @param maxRamp the longest the ramp-up may take before the soak gives up
 */
record SoakSettings(
    int sessions,
    Duration hold,
    Duration sample,
    int gcEvery,
    int parallel,
    int pingSample,
    Duration keepalive,
    Duration maxRamp) {

  /** Checks the values once, before a server is started. */
  SoakSettings {
    if (sessions < 1 || parallel < 1 || gcEvery < 1 || pingSample < 0) {
      throw new IllegalArgumentException(
          "sessions, parallel and gc-every must be at least 1, ping-sample at least 0");
    }
    if (sample.isZero() || sample.isNegative() || sample.compareTo(hold) > 0) {
      throw new IllegalArgumentException("the sample interval must be positive and within hold");
    }
    if (keepalive.isZero() || keepalive.isNegative()) {
      throw new IllegalArgumentException("keepalive must be positive");
    }
  }

  /** How many readings the hold takes after the first one (at least one). */
  int readings() {
    return (int) Math.max(1, hold.toMillis() / sample.toMillis());
  }
}

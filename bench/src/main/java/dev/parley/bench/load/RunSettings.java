package dev.parley.bench.load;

import java.time.Duration;

/**
 * How long and how hard one run pushes.
 *
 * @param rate total messages per second to send; 0 means maximum throughput, where each sender
 *     keeps at most {@code window} messages in flight (a closed loop that finds what the servers
 *     sustain without unbounded queues)
 * @param warmup sending before measuring starts (JIT, TLS sessions, federation links coming up);
 *     counted for loss, not for rates and latency
 * @param duration the measured time
 * @param drain how long to wait after the last send for messages still in flight
 * @param window messages in flight per sender in maximum-throughput mode
 * @param bodyBytes characters of message body
 * @param parallelLogins logins in progress at once while connecting
 */
public record RunSettings(
    double rate,
    Duration warmup,
    Duration duration,
    Duration drain,
    int window,
    int bodyBytes,
    int parallelLogins) {

  /** Checks the values once. */
  public RunSettings {
    if (rate < 0) {
      throw new IllegalArgumentException("rate must not be negative");
    }
    if (duration.isZero() || duration.isNegative() || warmup.isNegative() || drain.isNegative()) {
      throw new IllegalArgumentException(
          "duration must be positive, warm-up and drain not negative");
    }
    if (window < 1 || parallelLogins < 1 || bodyBytes < 0) {
      throw new IllegalArgumentException("window and parallel logins must be at least 1");
    }
  }

  /** Whether this is a maximum-throughput run. */
  public boolean maxThroughput() {
    return rate == 0;
  }
}

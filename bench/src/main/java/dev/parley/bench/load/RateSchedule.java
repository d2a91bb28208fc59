package dev.parley.bench.load;

/**
 * When each sender sends at a fixed total rate: every sender sends every {@code senders / rate}
 * seconds, and the senders are staggered evenly inside that interval so that the total flow is
 * smooth rather than {@code senders} messages at once.
 *
 * @param senders how many senders share the rate
 * @param perSecond the total target rate, messages per second
 */
public record RateSchedule(int senders, double perSecond) {

  /** Checks the values once. */
  public RateSchedule {
    if (senders < 1) {
      throw new IllegalArgumentException("at least one sender");
    }
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, not " + perSecond);
    }
  }

  /** Nanoseconds between two messages of one sender. */
  public double intervalNanos() {
    return senders * 1e9 / perSecond;
  }

  /** When (nanoseconds after the start) sender {@code sender} sends its message {@code k}. */
  public long offsetNanos(int sender, long k) {
    return Math.round((k + (double) sender / senders) * intervalNanos());
  }
}

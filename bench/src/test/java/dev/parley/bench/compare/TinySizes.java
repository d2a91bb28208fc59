package dev.parley.bench.compare;

import java.time.Duration;

/** The smoke tests' sizes: every workload in seconds, with small counts. */
final class TinySizes {
  static final Sizes TINY =
      new Sizes(
          Duration.ofSeconds(1),
          2,
          20,
          5,
          200,
          400,
          Duration.ofMillis(500),
          Duration.ofSeconds(2),
          10,
          4,
          5);

  private TinySizes() {}
}

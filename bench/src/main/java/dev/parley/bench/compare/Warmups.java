package dev.parley.bench.compare;

import java.time.Duration;

/**
 * How long each server is driven before its measured window opens. Parley runs on a JVM whose C2
 * compiler took 26-40 % of the server's core during 6-8 s windows (docs/PERFORMANCE.md, JFR
 * findings), so it gets a longer warm-up than the peers, which compile nothing at run time; the
 * warm-up's traffic is sent but neither timed nor counted, so a longer one never flatters a rate.
 *
 * @param parley before each of Parley's measured windows
 * @param peers before each of Prosody's and ejabberd's
 */
public record Warmups(Duration parley, Duration peers) {

  /** Checks the values once. */
  public Warmups {
    if (parley.isNegative() || peers.isNegative()) {
      throw new IllegalArgumentException("a warm-up cannot be negative");
    }
  }

  /** The full comparison: 10 s for Parley, 2 s for the peers. */
  public static Warmups full() {
    return new Warmups(Duration.ofSeconds(10), Duration.ofSeconds(2));
  }

  /** {@code --quick}: 1 s each, so the whole run stays at about 2 minutes. */
  public static Warmups quick() {
    return new Warmups(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  /** These warm-ups with the ones given on the command line (null keeps the default). */
  public Warmups override(Duration parleyWarmup, Duration peerWarmup) {
    return new Warmups(
        parleyWarmup == null ? parley : parleyWarmup, peerWarmup == null ? peers : peerWarmup);
  }

  /** The warm-up of {@code server}. */
  public Duration of(ServerKind server) {
    return server == ServerKind.PARLEY ? parley : peers;
  }

  /**
   * The self-test's warm-up: Parley's, but at least 5 s even with {@code --quick}. The self-test
   * runs first, in a cold JVM; with a 1 s warm-up its chat ceiling came out at 40 % of what the
   * same tool reached against Parley minutes later (6,792 against 16,908 msg/s), which would
   * understate the ceiling and mark sound results as tool-limited.
   */
  public Duration selfTest() {
    Duration floor = Duration.ofSeconds(5);
    return parley.compareTo(floor) > 0 ? parley : floor;
  }

  /**
   * The warm-up before the first measured window after a server starts: four times the usual one,
   * for every server alike. Parley's first workload (login) calls most of its methods only once or
   * twice per login, so they reach the C2 compiler's thresholds late: with a 10-15 s warm-up the
   * compiler threads still took 45-55 % of the server's CPU in the login window (JFR and per-thread
   * /proc ticks), a cost a long-running server pays once, not per login.
   */
  public static Duration firstAfterStart(Duration warmup) {
    return warmup.multipliedBy(FIRST_WINDOW_FACTOR);
  }

  private static final int FIRST_WINDOW_FACTOR = 4;

  /** {@code sizes} with the warm-up of {@code server}. */
  public Sizes apply(Sizes sizes, ServerKind server) {
    return sizes.withWarmup(of(server));
  }

  /** The report's line about them. */
  public String describe() {
    return "Warm-up before each measured window (sent, not counted): Parley "
        + parley.toMillis() / 1000.0
        + " s, Prosody and ejabberd "
        + peers.toMillis() / 1000.0
        + " s (Parley's JIT compiler needs the longer one); the first window after each server"
        + " start gets "
        + FIRST_WINDOW_FACTOR
        + " times its server's warm-up";
  }
}

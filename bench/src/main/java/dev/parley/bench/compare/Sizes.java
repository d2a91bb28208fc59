package dev.parley.bench.compare;

import java.time.Duration;

/**
 * How big and how long each workload is. {@link #full()} is sized so that three runs of every
 * workload on three servers finish in about 12 minutes on a 2-core machine; {@link #quick()} in
 * about 2.
 *
 * @param loginTime how long the login loop runs
 * @param loginParallel logins in progress at once
 * @param idleSessions sessions held open for the memory measurement
 * @param chatPairs sender/receiver pairs
 * @param chatRate the open-loop rate for latency, messages per second (the orientation's 1,000)
 * @param chatHalfPeakRate the second open-loop rate: half the best peer's one-to-one maximum in the
 *     issue's orientation (ejabberd, 12,500 msg/s), where the issue sets the p99 target
 * @param warmup sending before measuring
 * @param duration the measured window of chat, presence and muc
 * @param presenceUsers users with rosters (a multiple of {@code presenceContacts + 1})
 * @param presenceContacts contacts per user (K)
 * @param mucOccupants occupants of the one room
 */
public record Sizes(
    Duration loginTime,
    int loginParallel,
    int idleSessions,
    int chatPairs,
    double chatRate,
    double chatHalfPeakRate,
    Duration warmup,
    Duration duration,
    int presenceUsers,
    int presenceContacts,
    int mucOccupants) {

  /** Checks the values once. */
  public Sizes {
    if (presenceUsers % (presenceContacts + 1) != 0) {
      throw new IllegalArgumentException("presence users must be a multiple of contacts + 1");
    }
    if (loginParallel < 1 || idleSessions < 1 || chatPairs < 1 || mucOccupants < 2) {
      throw new IllegalArgumentException("sizes must be positive (and a room needs two)");
    }
  }

  /** The full comparison. */
  public static Sizes full() {
    return new Sizes(
        Duration.ofSeconds(8),
        16,
        1000,
        50,
        1000,
        6250,
        Duration.ofSeconds(2),
        Duration.ofSeconds(6),
        200,
        19,
        200);
  }

  /** One short run of each, small sizes: proves the chain works, numbers are rough. */
  public static Sizes quick() {
    return new Sizes(
        Duration.ofSeconds(3),
        8,
        200,
        20,
        500,
        1500,
        Duration.ofSeconds(1),
        Duration.ofSeconds(3),
        40,
        9,
        20);
  }

  /** These sizes with another room size for the muc workload. */
  public Sizes withMucOccupants(int occupants) {
    return new Sizes(
        loginTime,
        loginParallel,
        idleSessions,
        chatPairs,
        chatRate,
        chatHalfPeakRate,
        warmup,
        duration,
        presenceUsers,
        presenceContacts,
        occupants);
  }

  /** These sizes with another warm-up before each measured window. */
  public Sizes withWarmup(Duration newWarmup) {
    return new Sizes(
        loginTime,
        loginParallel,
        idleSessions,
        chatPairs,
        chatRate,
        chatHalfPeakRate,
        newWarmup,
        duration,
        presenceUsers,
        presenceContacts,
        mucOccupants);
  }

  /** Accounts every server needs: the largest range of the first workloads plus presence's own. */
  public int accounts() {
    return Math.max(Math.max(idleSessions, 2 * chatPairs), mucOccupants) + presenceUsers;
  }

  /** The first account of the presence workload (its rosters stay out of the others' way). */
  public int presenceFirst() {
    return accounts() - presenceUsers;
  }
}

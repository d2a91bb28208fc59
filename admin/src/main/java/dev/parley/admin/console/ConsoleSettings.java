package dev.parley.admin.console;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of the web console's login sessions.
 *
 * @param idleTimeout a session unused this long ends (default 30 minutes)
 * @param absoluteTimeout a session ends this long after login, used or not (default 8 hours)
 * @param maxLoginFailures failed logins allowed per client address, and per account, within {@code
 *     failureWindow} before further attempts are refused with 429 (default 5)
 * @param failureWindow how long a failed login counts (default 15 minutes)
 * @param maxSessions live sessions kept at most; a login beyond is refused with 503 (default 1000)
 */
public record ConsoleSettings(
    Duration idleTimeout,
    Duration absoluteTimeout,
    int maxLoginFailures,
    Duration failureWindow,
    int maxSessions) {

  public ConsoleSettings {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(absoluteTimeout, "absoluteTimeout");
    Objects.requireNonNull(failureWindow, "failureWindow");
    requirePositive(idleTimeout, "idle timeout");
    requirePositive(absoluteTimeout, "absolute timeout");
    requirePositive(failureWindow, "failure window");
    if (idleTimeout.compareTo(absoluteTimeout) > 0) {
      throw new IllegalArgumentException("the idle timeout must not exceed the absolute timeout");
    }
    if (maxLoginFailures < 1 || maxLoginFailures > 100) {
      throw new IllegalArgumentException("max login failures must be between 1 and 100");
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException("max sessions must be at least 1");
    }
  }

  /** 30 minutes idle, 8 hours absolute, 5 failures per 15 minutes, 1000 sessions. */
  public static ConsoleSettings defaults() {
    return new ConsoleSettings(
        Duration.ofMinutes(30), Duration.ofHours(8), 5, Duration.ofMinutes(15), 1000);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

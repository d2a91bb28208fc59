package dev.parley.admin.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed console logins per key (a client address, an account) in a sliding window, the
 * console's counterpart of c2s closing a stream after too many SASL failures. While a key has
 * {@link ConsoleSettings#maxLoginFailures()} failures in the window, logins for it are refused
 * before any password is checked, so guessing costs the attacker time and the server no hashing.
 *
 * <p>Limiting per account alone would let anyone lock an admin out from anywhere; limiting per
 * address alone would let a spread-out attacker guess one account's password. Both limits apply, so
 * the lock-out an attacker can cause lasts one window at most.
 */
public final class LoginThrottle {

  /**
   * Keys tracked at most (memory bound). Beyond it, spent windows are dropped, and if that is not
   * enough, all are: reaching it needs thousands of client addresses, since each address is itself
   * limited.
   */
  private static final int MAX_KEYS = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  public LoginThrottle(ConsoleSettings settings, Clock clock) {
    this.maxFailures = settings.maxLoginFailures();
    this.window = settings.failureWindow();
    this.clock = clock;
  }

  /** How long until a login for any of {@code keys} may be tried again; empty when it may now. */
  public synchronized Optional<Duration> blocked(String... keys) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys) {
      Deque<Instant> times = recent(key, now);
      if (times.size() >= maxFailures) {
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        longest = wait.compareTo(longest) > 0 ? wait : longest;
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** Records a failed login against every key. */
  public synchronized void failed(String... keys) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_KEYS) {
      failures.values().removeIf(times -> prune(times, now).isEmpty());
      if (failures.size() >= MAX_KEYS) {
        failures.clear();
      }
    }
    for (String key : keys) {
      failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
  }

  /** Forgets the failures of these keys after a successful login. */
  public synchronized void succeeded(String... keys) {
    for (String key : keys) {
      failures.remove(key);
    }
  }

  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return new ArrayDeque<>();
    }
    if (prune(times, now).isEmpty()) {
      failures.remove(key);
    }
    return times;
  }

  private Deque<Instant> prune(Deque<Instant> times, Instant now) {
    Instant horizon = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
      times.removeFirst();
    }
    return times;
  }
}

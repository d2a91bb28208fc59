package dev.parley.admin.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console sessions of one admin API run, kept in memory: a restart logs every admin out, like
 * the bearer token. A session ends after {@link ConsoleSettings#idleTimeout()} without use or
 * {@link ConsoleSettings#absoluteTimeout()} after login, whichever comes first (OWASP Session
 * Management Cheat Sheet, "Session Expiration").
 */
public final class ConsoleSessions {

  private static final int TOKEN_BYTES = 32;

  private final ConsoleSettings settings;
  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();

  public ConsoleSessions(ConsoleSettings settings, Clock clock, SecureRandom random) {
    this.settings = settings;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Starts a session for an admin who has just logged in.
   *
   * @return empty when {@link ConsoleSettings#maxSessions()} live sessions exist already
   */
  public Optional<ConsoleSession> create(String principal) {
    if (sessions.size() >= settings.maxSessions()) {
      removeExpired();
      if (sessions.size() >= settings.maxSessions()) {
        return Optional.empty();
      }
    }
    Instant now = clock.instant();
    ConsoleSession session = new ConsoleSession(token(), principal, token(), now, now);
    sessions.put(session.id(), session);
    return Optional.of(session);
  }

  /** The live session with this id, marked as used now; empty when unknown or expired. */
  public Optional<ConsoleSession> use(String id) {
    Instant now = clock.instant();
    ConsoleSession found = sessions.get(id);
    if (found == null) {
      return Optional.empty();
    }
    if (expired(found, now)) {
      sessions.remove(id, found);
      return Optional.empty();
    }
    ConsoleSession touched = found.seenAt(now);
    // A concurrent logout wins: replace only the value we read.
    return sessions.replace(id, found, touched) ? Optional.of(touched) : use(id);
  }

  /** Ends a session; false when there was none. */
  public boolean remove(String id) {
    return sessions.remove(id) != null;
  }

  /** When the session ends if it is not used again. */
  public Instant expiry(ConsoleSession session) {
    Instant idle = session.lastSeen().plus(settings.idleTimeout());
    Instant absolute = session.created().plus(settings.absoluteTimeout());
    return idle.isBefore(absolute) ? idle : absolute;
  }

  /** Live sessions, for tests and metrics. */
  public int size() {
    removeExpired();
    return sessions.size();
  }

  /** Compares a presented CSRF token with the session's in constant time. */
  static boolean csrfMatches(ConsoleSession session, String presented) {
    return MessageDigest.isEqual(
        session.csrfToken().getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.UTF_8));
  }

  private boolean expired(ConsoleSession session, Instant now) {
    return !now.isBefore(expiry(session));
  }

  private void removeExpired() {
    Instant now = clock.instant();
    sessions.values().removeIf(session -> expired(session, now));
  }

  private String token() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

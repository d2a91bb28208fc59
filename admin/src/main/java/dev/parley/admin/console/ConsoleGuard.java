package dev.parley.admin.console;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request may act as a console session. The cookie counts only on {@code /api/*},
 * and every method that is not safe (RFC 9110 §9.2.1: anything but GET, HEAD, OPTIONS) must also
 * carry the session's CSRF token in {@code X-CSRF-Token}. A page on another site can make a browser
 * send a request but cannot read the token, which the console page gets only from a same-origin
 * JSON response (OWASP CSRF Prevention Cheat Sheet, synchronizer token pattern).
 */
public final class ConsoleGuard {

  /** The request header carrying the CSRF token. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ConsoleSessions sessions;

  public ConsoleGuard(ConsoleSessions sessions) {
    this.sessions = sessions;
  }

  /**
   * Checks a request that has no {@code Authorization} header.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param cookie the session cookie's value, if sent
   * @param csrfToken the {@value #CSRF_HEADER} header, if sent
   */
  public ConsoleAccess check(
      String method, String path, Optional<String> cookie, Optional<String> csrfToken) {
    if (cookie.isEmpty() || cookie.get().isBlank() || !path.startsWith("/api/")) {
      return new ConsoleAccess.NoSession();
    }
    Optional<ConsoleSession> session = sessions.use(cookie.get());
    if (session.isEmpty()) {
      return new ConsoleAccess.Refused(401, "console session expired or unknown: log in again");
    }
    if (!SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))
        && (csrfToken.isEmpty() || !ConsoleSessions.csrfMatches(session.get(), csrfToken.get()))) {
      return new ConsoleAccess.Refused(
          403, "missing or invalid CSRF token: reload the console page");
    }
    return new ConsoleAccess.Granted(session.get().principal());
  }
}

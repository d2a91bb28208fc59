package dev.parley.admin.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/console/login}, {@code /logout} and {@code /session}: the console's login sessions.
 * Every refused login gets the same 401 answer, whether the account is unknown, disabled, not an
 * admin or the password wrong, so the form cannot be used to find accounts; the log says which.
 */
final class LoginResource {

  static final String LOGIN_PATH = "/api/console/login";
  static final String LOGOUT_PATH = "/api/console/logout";
  static final String SESSION_PATH = "/api/console/session";

  private static final Logger LOG = LoggerFactory.getLogger(LoginResource.class);
  private static final String REFUSED = "invalid JID or password";

  private final ConsoleSessions sessions;
  private final LoginThrottle throttle;
  private final AdminLogin login;
  private final ConsoleSettings settings;
  private final ObjectMapper mapper;

  LoginResource(
      ConsoleSessions sessions,
      LoginThrottle throttle,
      AdminLogin login,
      ConsoleSettings settings,
      ObjectMapper mapper) {
    this.sessions = sessions;
    this.throttle = throttle;
    this.login = login;
    this.settings = settings;
    this.mapper = mapper;
  }

  void register(Javalin app) {
    app.post(LOGIN_PATH, this::login);
    app.post(LOGOUT_PATH, this::logout);
    app.get(SESSION_PATH, this::session);
  }

  private void login(Context ctx) {
    LoginRequest request = read(ctx);
    String address = "address " + ctx.ip();
    String account = "account " + request.jid().strip().toLowerCase(Locale.ROOT);
    Optional<Duration> wait = throttle.blocked(address, account);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      LOG.warn(
          "console login for {} from {} refused: too many failed logins",
          loggable(request.jid()),
          ctx.ip());
      ctx.header("Retry-After", String.valueOf(seconds));
      throw new HttpResponseException(
          429, "too many failed logins: try again in " + minutes(seconds));
    }
    char[] password = request.password().toCharArray();
    AdminLogin.LoginOutcome outcome;
    try {
      outcome = login.check(request.jid().strip(), password);
    } finally {
      Arrays.fill(password, '\0');
    }
    switch (outcome) {
      case AdminLogin.LoginOutcome.Refused refused -> {
        throttle.failed(address, account);
        LOG.info(
            "console login for {} from {} refused: {}",
            loggable(request.jid()),
            ctx.ip(),
            refused.reason());
        throw new HttpResponseException(401, REFUSED);
      }
      case AdminLogin.LoginOutcome.Granted granted -> start(ctx, granted.principal(), address);
    }
  }

  private void start(Context ctx, String principal, String address) {
    // A fresh id on every login, and the old session (if any) ended: no session fixation.
    cookie(ctx).ifPresent(sessions::remove);
    ConsoleSession session =
        sessions
            .create(principal)
            .orElseThrow(
                () -> new HttpResponseException(503, "too many console sessions: try later"));
    throttle.succeeded(address, "account " + principal.toLowerCase(Locale.ROOT));
    ctx.header("Set-Cookie", SessionCookie.set(session.id(), secure(ctx)));
    LOG.info("console login: {} from {}", principal, ctx.ip());
    ctx.json(view(session));
  }

  private void logout(Context ctx) {
    // The guard has checked the session and its CSRF token (POST is state-changing).
    Optional<String> id = cookie(ctx);
    if (id.isPresent() && sessions.remove(id.get())) {
      LOG.info("console logout: {} from {}", principalOf(ctx), ctx.ip());
    }
    ctx.header("Set-Cookie", SessionCookie.clear(secure(ctx)));
    ctx.status(204);
  }

  private void session(Context ctx) {
    ConsoleSession session =
        cookie(ctx)
            .flatMap(sessions::use)
            .orElseThrow(
                () -> new HttpResponseException(404, "no console session: log in at /console"));
    ctx.json(view(session));
  }

  private ConsoleSessionView view(ConsoleSession session) {
    return new ConsoleSessionView(
        session.principal(),
        session.csrfToken(),
        sessions.expiry(session).toString(),
        settings.idleTimeout().toSeconds());
  }

  /**
   * Reads the body, which must be JSON: an HTML form on another site can send only form-encoded or
   * plain-text bodies without a CORS preflight, so it cannot log a victim's browser in (login
   * CSRF).
   */
  private LoginRequest read(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpResponseException(415, "send the login as application/json");
    }
    LoginRequest request;
    try {
      request = mapper.readValue(ctx.body(), LoginRequest.class);
    } catch (JsonProcessingException e) {
      throw new HttpResponseException(400, "request body must be {\"jid\", \"password\"}");
    }
    if (request == null || request.jid() == null || request.password() == null) {
      throw new HttpResponseException(400, "request body must be {\"jid\", \"password\"}");
    }
    return request;
  }

  static Optional<String> cookie(Context ctx) {
    return Optional.ofNullable(ctx.cookie(SessionCookie.NAME)).filter(v -> !v.isBlank());
  }

  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme());
  }

  private static String principalOf(Context ctx) {
    Object principal = ctx.attribute(Console.PRINCIPAL_ATTRIBUTE);
    return principal == null ? "?" : principal.toString();
  }

  /** What the client typed as JID, safe for one log line: no control characters, bounded. */
  static String loggable(String typed) {
    String clean = typed.strip().replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
  }

  private static String minutes(long seconds) {
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}

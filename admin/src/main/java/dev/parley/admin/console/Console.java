package dev.parley.admin.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The web console of one admin server run: its static files, its login endpoints and its part of
 * the request guard. Built by {@code AdminServer} once per start, so a restart ends every session.
 */
public final class Console {

  /** The context attribute naming who is acting, shared with the REST resources' audit lines. */
  public static final String PRINCIPAL_ATTRIBUTE = "parley.admin.principal";

  /**
   * The scheme a 401 names for console requests. A browser shows its own password dialog for a
   * {@code Basic} challenge, even to a script's {@code fetch}; for a scheme it does not know it
   * shows nothing, and the console's login page takes over.
   */
  public static final String CHALLENGE = "ParleyConsole realm=\"parley\"";

  private final ConsoleSessions sessions;
  private final ConsoleGuard guard;
  private final LoginResource logins;
  private final StaticAssets assets = new StaticAssets();

  /**
   * A console whose logins are checked by {@code login}.
   *
   * @param settings session and login limits
   * @param login checks an admin's JID and password (the same accounts as HTTP Basic)
   * @param mapper reads login bodies
   * @param clock the time sessions and failed logins are measured with
   * @param random makes session ids and CSRF tokens
   */
  public Console(
      ConsoleSettings settings,
      AdminLogin login,
      ObjectMapper mapper,
      Clock clock,
      SecureRandom random) {
    this.sessions = new ConsoleSessions(settings, clock, random);
    this.guard = new ConsoleGuard(sessions);
    this.logins =
        new LoginResource(sessions, new LoginThrottle(settings, clock), login, settings, mapper);
  }

  /** Adds the static files and the login endpoints. */
  public void register(Javalin app) {
    assets.register(app);
    logins.register(app);
  }

  /**
   * Whether a request needs no authentication: the console's own files (GET) and the login itself
   * (POST, which is rate limited and checks the credentials it carries).
   */
  public static boolean isPublic(String method, String path) {
    return switch (method) {
      case "GET", "HEAD" -> StaticAssets.isAsset(path);
      case "POST" -> path.equals(LoginResource.LOGIN_PATH);
      default -> false;
    };
  }

  /** The guard's decision for a request without an {@code Authorization} header. */
  public ConsoleAccess access(Context ctx) {
    return guard.check(
        ctx.method().name(),
        ctx.path(),
        LoginResource.cookie(ctx),
        Optional.ofNullable(ctx.header(ConsoleGuard.CSRF_HEADER)));
  }

  /**
   * Whether a response goes to the console page rather than to the CLI or a script: the request has
   * no {@code Authorization} header and carries the session cookie or calls a console endpoint.
   */
  public static boolean isConsoleRequest(Context ctx) {
    return ctx.header("Authorization") == null
        && (LoginResource.cookie(ctx).isPresent() || ctx.path().startsWith("/api/console/"));
  }

  /** Live sessions now, for tests. */
  public int sessionCount() {
    return sessions.size();
  }
}

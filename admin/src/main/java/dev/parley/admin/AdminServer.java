package dev.parley.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.admin.console.Console;
import dev.parley.admin.console.ConsoleAccess;
import dev.parley.admin.console.ConsoleSettings;
import dev.parley.admin.console.SecurityHeaders;
import dev.parley.admin.model.ErrorView;
import dev.parley.protocol.JidFormatException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin REST API of one node. Built by the composition root, started once with {@link #start()}
 * and stopped with {@link #stop()}.
 *
 * <p>On start it makes a fresh bearer token and writes it to {@link AdminSettings#tokenFile()}
 * (mode 0600), then writes the base URL to {@link AdminSettings#urlFile()}, in that order, so that
 * a client that finds the URL file also finds the token. Both files are removed on stop. Handlers
 * run on virtual threads, so slow password hashing blocks no platform thread.
 *
 * <p>It also serves the web console at {@code /console} ({@link Console}): a request without an
 * {@code Authorization} header may act through a console session cookie, with the session's CSRF
 * token on every state-changing request. Every response carries a strict Content-Security-Policy.
 */
public final class AdminServer {

  /** Context attribute holding who is acting, for the audit log lines. */
  static final String PRINCIPAL = Console.PRINCIPAL_ATTRIBUTE;

  private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

  /** Large enough for a bulk import of about 100,000 accounts. */
  private static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  private final AdminSettings settings;
  private final AdminServices services;
  private final List<AdminResource> extensions;
  private final ConsoleSettings consoleSettings;
  private final Clock consoleClock;
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final SecureRandom random = new SecureRandom();
  private Javalin app;
  private AdminToken token;
  private URI url;

  public AdminServer(AdminSettings settings, AdminServices services) {
    this(settings, services, List.of());
  }

  /** A server that also serves {@code extensions}, registered after the built-in resources. */
  public AdminServer(
      AdminSettings settings, AdminServices services, List<AdminResource> extensions) {
    this(settings, services, extensions, ConsoleSettings.defaults(), Clock.systemUTC());
  }

  /**
   * A server with the given web console limits.
   *
   * @param consoleSettings session timeouts and login limits of the web console
   * @param consoleClock the time console sessions and failed logins are measured with
   */
  public AdminServer(
      AdminSettings settings,
      AdminServices services,
      List<AdminResource> extensions,
      ConsoleSettings consoleSettings,
      Clock consoleClock) {
    this.settings = settings;
    this.services = services;
    this.extensions = List.copyOf(extensions);
    this.consoleSettings = consoleSettings;
    this.consoleClock = consoleClock;
  }

  /**
   * Starts listening and writes the token and URL files.
   *
   * @return the bound port (the chosen one when {@link AdminSettings#port()} is 0)
   * @throws IllegalStateException when already started or the address cannot be bound
   * @throws UncheckedIOException when the token or URL file cannot be written
   */
  public synchronized int start() {
    if (app != null) {
      throw new IllegalStateException("the admin API is already started");
    }
    AdminToken fresh = AdminToken.generate(random);
    Javalin created = build(new Authenticator(fresh, services.accounts()));
    try {
      created.start(settings.bindAddress(), settings.port());
    } catch (RuntimeException e) {
      created.stop();
      throw new IllegalStateException(
          "cannot start the admin API on " + settings.bindAddress() + ":" + settings.port(), e);
    }
    app = created;
    token = fresh;
    url = URI.create("http://" + AdminUrls.connectHost(settings.bindAddress()) + ":" + app.port());
    try {
      token.writeTo(settings.tokenFile());
      Files.writeString(settings.urlFile(), url + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      stop();
      throw new UncheckedIOException("cannot write the admin token or URL file", e);
    }
    LOG.info("admin API listening on {} (token in {})", url, settings.tokenFile());
    return app.port();
  }

  /** The base URL clients use, such as {@code http://127.0.0.1:8080}; empty before start. */
  public synchronized Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /** Stops listening and removes the token and URL files this run wrote. Idempotent. */
  public synchronized void stop() {
    if (app == null) {
      return;
    }
    app.stop();
    app = null;
    deleteIfOurs(settings.urlFile(), String.valueOf(url));
    deleteIfOurs(settings.tokenFile(), token.value());
    LOG.info("admin API stopped");
  }

  private Javalin build(Authenticator authenticator) {
    Javalin javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = true;
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.jsonMapper(new JavalinJackson(mapper, true));
            });
    Console console =
        new Console(consoleSettings, authenticator::login, mapper, consoleClock, random);
    javalin.before(SecurityHeaders::apply);
    javalin.before(ctx -> guard(ctx, authenticator, console));
    console.register(javalin);
    JsonBodies bodies = new JsonBodies(mapper);
    new StatusResource(services, Clock.systemUTC()).register(javalin);
    new UserResource(services, bodies).register(javalin);
    new ImportResource(services.importer()).register(javalin);
    new FederationResource(services, bodies).register(javalin);
    new ServiceResource(services).register(javalin);
    extensions.forEach(resource -> resource.register(javalin));
    registerErrorHandlers(javalin);
    return javalin;
  }

  private static void guard(Context ctx, Authenticator authenticator, Console console) {
    if (!OriginGuard.allows(
        Optional.ofNullable(ctx.header("Origin")), Optional.ofNullable(ctx.header("Host")))) {
      throw new ApiException(403, "cross-origin request refused");
    }
    if (ctx.path().equals(StatusResource.HEALTH_PATH)
        || Console.isPublic(ctx.method().name(), ctx.path())) {
      return;
    }
    Optional<String> authorization = Optional.ofNullable(ctx.header("Authorization"));
    if (authorization.isEmpty()) {
      switch (console.access(ctx)) {
        case ConsoleAccess.Granted granted -> {
          ctx.attribute(PRINCIPAL, granted.principal());
          return;
        }
        case ConsoleAccess.Refused refused -> {
          LOG.info(
              "admin console: refused {} {} from {}: {}",
              ctx.method(),
              ctx.path(),
              ctx.ip(),
              refused.message());
          throw new ApiException(refused.status(), refused.message());
        }
        case ConsoleAccess.NoSession none -> {
          // No console session: the token or Basic check below answers.
        }
      }
    }
    switch (authenticator.authenticate(authorization)) {
      case AuthResult.Granted granted -> ctx.attribute(PRINCIPAL, granted.principal());
      case AuthResult.Refused refused -> {
        LOG.info(
            "admin API: refused {} {} from {}: {}",
            ctx.method(),
            ctx.path(),
            ctx.ip(),
            refused.message());
        throw new ApiException(refused.status(), refused.message());
      }
    }
  }

  private static void registerErrorHandlers(Javalin javalin) {
    javalin.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    javalin.exception(JidFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    javalin.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    javalin.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("admin API: {} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error; see the server log");
        });
    javalin.error(
        404,
        ctx -> {
          // Only fill in responses no handler wrote, such as unknown paths.
          if (ctx.resultInputStream() == null) {
            error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
          }
        });
  }

  private static void error(Context ctx, int status, String message) {
    if (status == 401) {
      ctx.header(
          "WWW-Authenticate",
          Console.isConsoleRequest(ctx) ? Console.CHALLENGE : Authenticator.CHALLENGE);
    }
    ctx.status(status).json(new ErrorView(status, message));
  }

  private static void deleteIfOurs(Path file, String expected) {
    try {
      if (Files.isRegularFile(file) && Files.readString(file).strip().equals(expected)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", file, e.toString());
    }
  }
}

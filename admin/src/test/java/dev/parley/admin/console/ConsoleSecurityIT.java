package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's login sessions, CSRF tokens and the guard, through a real admin server: what a
 * browser's requests get, and what a forged or stale one gets.
 */
class ConsoleSecurityIT {

  private static final String SETTINGS = "/api/federation/settings";
  private static final String TLS_REQUIRED = "{\"securityMode\":\"TLS_REQUIRED\"}";

  @TempDir Path dataDir;
  private ConsoleFixture fixture;
  private Browser browser;

  @BeforeEach
  void start() {
    fixture = new ConsoleFixture(dataDir);
    browser = new Browser(fixture.baseUri());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void loginStartsASessionWithAStrictHttpOnlyCookieAndACsrfToken() {
    HttpResponse<String> response = browser.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith("parley_console=")
        .contains("; HttpOnly")
        .contains("; SameSite=Strict")
        .contains("; Path=/api")
        .doesNotContain("Secure")
        .doesNotContain("Max-Age");
    assertThat(browser.cookie()).hasValueSatisfying(id -> assertThat(id).hasSize(43));
    JsonNode body = json(response);
    assertThat(body.path("principal").asText()).isEqualTo(ConsoleFixture.ADMIN);
    assertThat(body.path("csrfToken").asText()).hasSize(43).isNotEqualTo(browser.cookie().get());
    assertThat(body.path("idleTimeoutSeconds").asLong()).isEqualTo(1800);
    assertThat(response.body()).doesNotContain(browser.cookie().get());
  }

  @Test
  void everyRefusedLoginGetsTheSameAnswerAndNoCookie() {
    String[][] attempts = {
      {ConsoleFixture.ADMIN, "wrong"},
      {"nobody@example.com", ConsoleFixture.PASSWORD},
      {"alice@example.com", ConsoleFixture.PASSWORD},
      {"gone@example.com", ConsoleFixture.PASSWORD},
      {"not a jid@@", "x"},
    };
    for (String[] attempt : attempts) {
      Browser fresh = new Browser(fixture.baseUri());
      HttpResponse<String> response = fresh.login(attempt[0], attempt[1]);
      assertThat(response.statusCode()).as(attempt[0]).isEqualTo(401);
      assertThat(response.body())
          .isEqualTo("{\"status\":401,\"message\":\"invalid JID or password\"}");
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
      // A Basic challenge would make the browser open its own password dialog over the page.
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("ParleyConsole realm=\"parley\"");
    }
  }

  @Test
  void loginMustBeJsonSoThatAFormOnAnotherSiteCannotPostIt() {
    HttpResponse<String> response =
        browser.send(
            "POST",
            "/api/console/login",
            "jid=admin%40example.com&password=" + ConsoleFixture.PASSWORD,
            Map.of("Content-Type", "application/x-www-form-urlencoded"));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(browser.cookie()).isEmpty();
  }

  @Test
  void aSessionReadsWithoutTheCsrfToken() {
    loggedIn();

    assertThat(browser.get("/api/users").statusCode()).isEqualTo(200);
    assertThat(browser.get(SETTINGS).statusCode()).isEqualTo(200);
  }

  @Test
  void stateChangesWithoutTheRightCsrfTokenAreRefused() {
    String csrf = loggedIn();

    HttpResponse<String> missing = put(SETTINGS, TLS_REQUIRED, Map.of());
    HttpResponse<String> wrong = put(SETTINGS, TLS_REQUIRED, Map.of("X-CSRF-Token", "x" + csrf));
    HttpResponse<String> delete =
        browser.send("DELETE", "/api/users/alice@example.com", null, Map.of());
    HttpResponse<String> post =
        browser.send("POST", "/api/services/router/restart", null, Map.of());

    for (HttpResponse<String> response : java.util.List.of(missing, wrong, delete, post)) {
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(json(response).path("message").asText()).contains("CSRF token");
    }
    assertThat(fixture.federation.settings().securityMode()).isEqualTo("NO_TLS");
    assertThat(fixture.users.find(dev.parley.protocol.Jid.parseBare("alice@example.com")))
        .isPresent();
  }

  @Test
  void stateChangesWithTheCsrfTokenActAsTheAdmin() {
    String csrf = loggedIn();

    HttpResponse<String> response = put(SETTINGS, TLS_REQUIRED, Map.of("X-CSRF-Token", csrf));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fixture.federation.settings().securityMode()).isEqualTo("TLS_REQUIRED");
    assertThat(json(browser.get("/api/services")).findValues("restartPending"))
        .anyMatch(JsonNode::asBoolean);
  }

  @Test
  void crossOriginRequestsAreRefusedEvenWithASessionAndItsToken() {
    String csrf = loggedIn();

    HttpResponse<String> forged =
        put(SETTINGS, TLS_REQUIRED, Map.of("X-CSRF-Token", csrf, "Origin", "http://evil.example"));
    Browser other = new Browser(fixture.baseUri());
    HttpResponse<String> login =
        other.send(
            "POST",
            "/api/console/login",
            "{\"jid\":\"admin@example.com\",\"password\":\"" + ConsoleFixture.PASSWORD + "\"}",
            Map.of("Content-Type", "application/json", "Origin", "http://evil.example"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(json(forged).path("message").asText()).isEqualTo("cross-origin request refused");
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(other.cookie()).isEmpty();
    assertThat(fixture.federation.settings().securityMode()).isEqualTo("NO_TLS");
  }

  @Test
  void sameOriginRequestsFromThePagePass() {
    String csrf = loggedIn();
    String origin = "http://127.0.0.1:" + fixture.port;

    HttpResponse<String> response =
        put(SETTINGS, TLS_REQUIRED, Map.of("X-CSRF-Token", csrf, "Origin", origin));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void theCookieCountsOnlyUnderApi() {
    loggedIn();

    HttpResponse<String> metrics = browser.get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(401);
  }

  @Test
  void anUnusedSessionEndsAfterThirtyMinutes() {
    loggedIn();
    fixture.clock.advance(Duration.ofMinutes(29));
    assertThat(browser.get("/api/users").statusCode()).isEqualTo(200);

    fixture.clock.advance(Duration.ofMinutes(30));
    HttpResponse<String> expired = browser.get("/api/users");

    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(json(expired).path("message").asText()).contains("expired");
  }

  @Test
  void aSessionEndsEightHoursAfterLoginEvenWhenUsed() {
    loggedIn();
    for (int i = 0; i < 23; i++) {
      fixture.clock.advance(Duration.ofMinutes(20));
      assertThat(browser.get("/api/users").statusCode())
          .as("after %d min", 20 * (i + 1))
          .isEqualTo(200);
    }
    fixture.clock.advance(Duration.ofMinutes(20));

    assertThat(browser.get("/api/users").statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSessionAndClearsTheCookie() {
    String csrf = loggedIn();
    String old = browser.cookie().orElseThrow();

    HttpResponse<String> withoutToken = browser.send("POST", "/api/console/logout", null, Map.of());
    HttpResponse<String> logout =
        browser.send("POST", "/api/console/logout", null, Map.of("X-CSRF-Token", csrf));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("parley_console=;")
        .contains("Max-Age=0");
    browser.cookie(old);
    assertThat(browser.get("/api/users").statusCode()).isEqualTo(401);
  }

  @Test
  void theSessionEndpointGivesThePageItsCsrfToken() {
    String csrf = loggedIn();

    HttpResponse<String> session = browser.get("/api/console/session");
    HttpResponse<String> anonymous = new Browser(fixture.baseUri()).get("/api/console/session");

    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(json(session).path("csrfToken").asText()).isEqualTo(csrf);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void aNewLoginEndsTheSessionTheBrowserHad() {
    loggedIn();
    String first = browser.cookie().orElseThrow();

    loggedIn();
    String second = browser.cookie().orElseThrow();
    browser.cookie(first);

    assertThat(second).isNotEqualTo(first);
    assertThat(browser.get("/api/users").statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresFromOneAddressAreRateLimitedUntilTheWindowPasses() {
    for (int i = 0; i < 5; i++) {
      assertThat(browser.login("guess" + i + "@example.com", "x").statusCode()).isEqualTo(401);
    }

    HttpResponse<String> limited = browser.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("900");
    assertThat(json(limited).path("message").asText()).contains("too many failed logins");
    assertThat(browser.cookie()).isEmpty();
    fixture.clock.advance(Duration.ofMinutes(15));
    assertThat(browser.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void bearerAndBasicClientsAreUnchanged() {
    String bearer = "Bearer " + fixture.token();
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((ConsoleFixture.ADMIN + ":" + ConsoleFixture.PASSWORD).getBytes());
    Browser script = new Browser(fixture.baseUri());

    assertThat(put(script, SETTINGS, TLS_REQUIRED, Map.of("Authorization", bearer)).statusCode())
        .isEqualTo(200);
    assertThat(
            script
                .send("POST", "/api/services/router/restart", null, Map.of("Authorization", basic))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> anonymous = script.get("/api/users");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("Basic realm");
  }

  @Test
  void theConsoleIsServedFromTheJarUnderAStrictContentSecurityPolicy() {
    HttpResponse<String> page = browser.get("/console");
    HttpResponse<String> slash = browser.get("/console/");
    HttpResponse<String> script = browser.get("/console/js/app.js");
    HttpResponse<String> style = browser.get("/console/console.css");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(contentType(page)).isEqualTo("text/html;charset=utf-8");
    assertThat(page.body())
        .contains("<script type=\"module\" src=\"/console/js/app.js\"></script>")
        .doesNotContain("<script>")
        .doesNotContain("style=");
    assertThat(slash.body()).isEqualTo(page.body());
    // Module scripts need a JavaScript MIME type, or the browser refuses to run them.
    assertThat(contentType(script)).isEqualTo("text/javascript;charset=utf-8");
    assertThat(contentType(style)).isEqualTo("text/css;charset=utf-8");
    for (HttpResponse<String> response : java.util.List.of(page, script, style)) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("default-src 'self'")
        .contains("script-src 'self';")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void everyConsoleFileIsServedAndNothingElse() {
    for (String file : StaticAssets.FILES) {
      assertThat(browser.get("/console/" + file).statusCode()).as(file).isEqualTo(200);
    }
    HttpResponse<String> missing = browser.get("/console/js/missing.js");
    HttpResponse<String> traversal = browser.get("/console/..%2Fadmin.token");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(traversal.statusCode()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain(fixture.token());
    assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void apiErrorsCarryTheSecurityHeadersAndAreNotCached() {
    HttpResponse<String> refused = browser.get("/api/users");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** Logs in as the admin and returns the session's CSRF token. */
  private String loggedIn() {
    HttpResponse<String> response = browser.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response).path("csrfToken").asText();
  }

  private HttpResponse<String> put(String path, String body, Map<String, String> headers) {
    return put(browser, path, body, headers);
  }

  private static HttpResponse<String> put(
      Browser client, String path, String body, Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", "application/json");
    return client.send("PUT", path, body, all);
  }

  /** The Content-Type without spaces (Jetty writes {@code text/html;charset=utf-8}). */
  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JsonMapper.builder().build().readTree(response.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}

package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin server over real HTTP: authentication, health, sessions, metrics, its files. */
class AdminServerIT {

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dataDir;
  private AdminFixture fixture;
  private Http http;

  @BeforeEach
  void start() {
    fixture = new AdminFixture(dataDir);
    http = new Http(fixture.baseUri());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void healthNeedsNoAuthentication() throws Exception {
    HttpResponse<String> response = http.get("/api/health", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode health = json.readTree(response.body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("node").asText()).isEqualTo("node-1");
    assertThat(health.get("version").asText()).isEqualTo("0.1.0-test");
    assertThat(health.get("domains"))
        .extracting(JsonNode::asText)
        .containsExactly("example.com", "localhost");
  }

  @Test
  void everyOtherEndpointNeedsCredentials() throws Exception {
    for (String path :
        new String[] {"/api/users", "/api/users/a@localhost", "/api/sessions", "/metrics"}) {
      HttpResponse<String> response = http.get(path, null);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("Bearer").contains("Basic"));
      assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }
    assertThat(
            http.json("POST", "/api/users", null, "{\"jid\":\"x@localhost\",\"password\":\"p\"}")
                .statusCode())
        .isEqualTo(401);
    assertThat(fixture.users.count()).isZero();
    assertThat(http.send("DELETE", "/api/users/x@localhost", null, null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void wrongOrMalformedTokensAreRefused() {
    assertThat(http.get("/api/users", Http.bearer("not-the-token")).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/users", Http.bearer("")).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/users", "Digest abc").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/users", "Basic !!!notbase64").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/users", Http.bearer(fixture.token())).statusCode()).isEqualTo(200);
  }

  @Test
  void basicAuthAcceptsEnabledAdminsOnly() {
    fixture.account("root@localhost", "pa:ss word", true);
    fixture.account("bob@localhost", "bobpw", false);
    assertThat(http.get("/api/users", Http.basic("root@localhost", "pa:ss word")).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/users", Http.basic("root@localhost", "wrong")).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/api/users", Http.basic("nobody@localhost", "x")).statusCode())
        .isEqualTo(401);
    HttpResponse<String> notAdmin = http.get("/api/users", Http.basic("bob@localhost", "bobpw"));
    assertThat(notAdmin.statusCode()).isEqualTo(403);
    assertThat(notAdmin.body()).contains("not an administrator").doesNotContain("bobpw");

    fixture.users.setDisabled(Jid.parseBare("root@localhost"), true);
    assertThat(http.get("/api/users", Http.basic("root@localhost", "pa:ss word")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void foreignOriginsAreRefused() {
    String token = Http.bearer(fixture.token());
    HttpRequest foreign =
        HttpRequest.newBuilder(fixture.baseUri().resolve("/api/users"))
            .header("Authorization", token)
            .header("Origin", "http://evil.example")
            .build();
    HttpResponse<String> refused = http.send(foreign);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("cross-origin");

    HttpRequest own =
        HttpRequest.newBuilder(fixture.baseUri().resolve("/api/users"))
            .header("Authorization", token)
            .header("Origin", "http://127.0.0.1:" + fixture.port)
            .build();
    assertThat(http.send(own).statusCode()).isEqualTo(200);
  }

  @Test
  void sessionsListsLiveSessionsWithPresence() throws Exception {
    TestSession phone =
        new TestSession(Jid.parseBare("alice@localhost").withResource("phone"), fixture.routes);
    TestSession desk =
        new TestSession(Jid.parseBare("bob@localhost").withResource("desk"), fixture.routes);
    fixture.routes.register(phone);
    fixture.routes.register(desk);
    Element element =
        Element.builder("presence", Namespaces.CLIENT)
            .textChild("show", Namespaces.CLIENT, "away")
            .textChild("status", Namespaces.CLIENT, "at lunch")
            .textChild("priority", Namespaces.CLIENT, "5")
            .build();
    phone.updatePresence(
        Optional.of(
            new Presence(
                element,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                PresenceType.AVAILABLE)));

    HttpResponse<String> response = http.get("/api/sessions", Http.bearer(fixture.token()));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode sessions = json.readTree(response.body());
    assertThat(sessions).hasSize(2);
    JsonNode first = sessions.get(0);
    assertThat(first.get("jid").asText()).isEqualTo("alice@localhost/phone");
    assertThat(first.get("available").asBoolean()).isTrue();
    assertThat(first.get("show").asText()).isEqualTo("away");
    assertThat(first.get("status").asText()).isEqualTo("at lunch");
    assertThat(first.get("priority").asInt()).isEqualTo(5);
    assertThat(first.get("node").asText()).isEqualTo("node-1");
    assertThat(sessions.get(1).get("available").asBoolean()).isFalse();
    assertThat(sessions.get(1).get("show").isNull()).isTrue();
  }

  @Test
  void metricsAreServedInPrometheusTextFormat() {
    HttpResponse<String> response = http.get("/metrics", Http.bearer(fixture.token()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body()).contains("parley_test_logins_total 3.0");
  }

  @Test
  void unknownPathsGetAJsonError() throws Exception {
    HttpResponse<String> response = http.get("/api/nothing", Http.bearer(fixture.token()));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).get("message").asText()).contains("/api/nothing");
  }

  @Test
  void tokenFileIsOwnerOnlyAndUrlFileNamesTheServer() throws Exception {
    Path token = fixture.tokenFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token)))
        .isEqualTo("rw-------");
    assertThat(fixture.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(Files.readString(fixture.urlFile()).strip())
        .isEqualTo("http://127.0.0.1:" + fixture.port);
    assertThat(fixture.server.url()).contains(fixture.baseUri());
  }

  @Test
  void everyStartMakesAFreshTokenAndStopRemovesTheFiles() {
    String first = fixture.token();
    fixture.close();
    assertThat(fixture.tokenFile()).doesNotExist();
    assertThat(fixture.urlFile()).doesNotExist();

    fixture = new AdminFixture(dataDir);
    http = new Http(fixture.baseUri());
    assertThat(fixture.token()).isNotEqualTo(first);
    assertThat(http.get("/api/users", Http.bearer(first)).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/users", Http.bearer(fixture.token())).statusCode()).isEqualTo(200);
  }

  @Test
  void startingTwiceIsRefused() {
    assertThatThrownBy(fixture.server::start).isInstanceOf(IllegalStateException.class);
  }
}

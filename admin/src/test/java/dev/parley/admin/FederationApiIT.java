package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/federation/settings} and {@code /api/federation/nodes} over real HTTP. */
class FederationApiIT {

  private static final String SETTINGS = "/api/federation/settings";
  private static final String SECRET = "a-very-long-dialback-secret-42";

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dataDir;
  private AdminFixture fixture;
  private Http http;
  private String auth;

  @BeforeEach
  void start() {
    fixture = new AdminFixture(dataDir);
    http = new Http(fixture.baseUri());
    auth = Http.bearer(fixture.token());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String error(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body.get("message").asText();
  }

  private HttpResponse<String> put(String path, String body) {
    return http.json("PUT", path, auth, body);
  }

  @Test
  void settingsStartInNoTlsWithNothingPending() throws Exception {
    JsonNode settings = ok(http.get(SETTINGS, auth));
    assertThat(settings.get("securityMode").asText()).isEqualTo("NO_TLS");
    assertThat(settings.get("requireValidCertificates").asBoolean()).isFalse();
    assertThat(settings.get("saslExternalIncoming").asBoolean()).isFalse();
    assertThat(settings.get("saslExternalOutbound").asBoolean()).isFalse();
    assertThat(settings.get("dialbackSecretSet").asBoolean()).isTrue();
    assertThat(settings.get("restartPending").asBoolean()).isFalse();
    assertThat(settings.has("dialbackSecret")).isFalse();
  }

  @Test
  void choosingTlsTurnsCertificatesAndSaslOnAndMarksRestartPending() throws Exception {
    JsonNode settings = ok(put(SETTINGS, "{\"securityMode\":\"TLS_REQUIRED\"}"));
    assertThat(settings.get("securityMode").asText()).isEqualTo("TLS_REQUIRED");
    assertThat(settings.get("requireValidCertificates").asBoolean()).isTrue();
    assertThat(settings.get("saslExternalIncoming").asBoolean()).isTrue();
    assertThat(settings.get("saslExternalOutbound").asBoolean()).isTrue();
    assertThat(settings.get("restartPending").asBoolean()).isTrue();

    JsonNode services = ok(http.get("/api/services", auth));
    assertThat(pending(services, "router", "node-1")).isTrue();
    // Federation is off on node-1, so only its Router has to pick the settings up.
    assertThat(pending(services, "federation", "node-1")).isFalse();

    // The WebEx case of the seed: strict certificates off, the rest kept.
    JsonNode webex = ok(put(SETTINGS, "{\"requireValidCertificates\":false}"));
    assertThat(webex.get("requireValidCertificates").asBoolean()).isFalse();
    assertThat(webex.get("saslExternalIncoming").asBoolean()).isTrue();
  }

  @Test
  void certificateAndSaslSettingsAreRefusedUnderNoTls() throws Exception {
    String message = error(put(SETTINGS, "{\"saslExternalIncoming\":true}"), 400);
    assertThat(message)
        .isEqualTo(
            "certificate and SASL settings can be set only with TLS Optional or TLS Required");
    assertThat(
            error(
                put(SETTINGS, "{\"securityMode\":\"NO_TLS\",\"requireValidCertificates\":true}"),
                400))
        .contains("only with TLS Optional or TLS Required");
    JsonNode unchanged = ok(http.get(SETTINGS, auth));
    assertThat(unchanged.get("saslExternalIncoming").asBoolean()).isFalse();
    assertThat(unchanged.get("restartPending").asBoolean()).isFalse();
    assertThat(ok(http.get("/api/services", auth)).findValues("restartPending"))
        .allSatisfy(flag -> assertThat(flag.asBoolean()).isFalse());

    // Back to No TLS from TLS switches them off together.
    ok(put(SETTINGS, "{\"securityMode\":\"TLS_OPTIONAL\"}"));
    JsonNode plain = ok(put(SETTINGS, "{\"securityMode\":\"NO_TLS\"}"));
    assertThat(plain.get("requireValidCertificates").asBoolean()).isFalse();
    assertThat(plain.get("saslExternalOutbound").asBoolean()).isFalse();
  }

  @Test
  void invalidBodiesAreRefusedWithAReason() throws Exception {
    assertThat(error(put(SETTINGS, "{\"securityMode\":\"TLS_MAYBE\"}"), 400))
        .contains("unknown security mode 'TLS_MAYBE'");
    assertThat(error(put(SETTINGS, "{\"colour\":\"blue\"}"), 400)).contains("unknown field");
    assertThat(error(put(SETTINGS, "not json"), 400)).contains("not valid JSON");
    assertThat(
            error(
                put(
                    SETTINGS,
                    "{\"securityMode\":\"TLS_REQUIRED\","
                        + "\"pinnedCertificates\":{\"peer.example\":\"abc\"}}"),
                400))
        .contains("peer.example")
        .contains("SHA-256");
    assertThat(ok(http.get(SETTINGS, auth)).get("securityMode").asText()).isEqualTo("NO_TLS");
  }

  @Test
  void theDialbackSecretIsStoredButNeverShownOrLogged() throws Exception {
    try (AuditLog audit = new AuditLog(FederationResource.class)) {
      HttpResponse<String> response = put(SETTINGS, "{\"dialbackSecret\":\"" + SECRET + "\"}");
      assertThat(ok(response).get("dialbackSecretSet").asBoolean()).isTrue();
      assertThat(response.body()).doesNotContain(SECRET);
      assertThat(fixture.federation.dialbackSecret()).isEqualTo(SECRET);

      HttpResponse<String> tooShort = put(SETTINGS, "{\"dialbackSecret\":\"short-one\"}");
      assertThat(error(tooShort, 400)).contains("at least 16 characters");
      assertThat(tooShort.body()).doesNotContain("short-one");
      assertThat(fixture.federation.dialbackSecret()).isEqualTo(SECRET);

      assertThat(audit.lines())
          .containsExactly(
              "admin token: changed the federation settings: dialback secret replaced");
      assertThat(String.join("\n", audit.lines())).doesNotContain(SECRET);
    }
  }

  @Test
  void pinsAreReplacedAsAWholeMap() throws Exception {
    String fingerprint = "ab".repeat(32);
    JsonNode pinned =
        ok(
            put(
                SETTINGS,
                "{\"securityMode\":\"TLS_REQUIRED\",\"pinnedCertificates\":{\"peer.example\":\""
                    + fingerprint
                    + "\"}}"));
    assertThat(pinned.get("pinnedCertificates").get("peer.example").asText())
        .isEqualTo(fingerprint);
    JsonNode none = ok(put(SETTINGS, "{\"pinnedCertificates\":{}}"));
    assertThat(none.get("pinnedCertificates").size()).isZero();
  }

  @Test
  void turningFederationOnMarksTheRouterPendingOnEveryNode() throws Exception {
    JsonNode nodes = ok(http.get("/api/federation/nodes", auth));
    assertThat(nodes.findValuesAsText("node")).containsExactly("node-1", "node-2");
    assertThat(nodes.findValues("enabled")).allSatisfy(v -> assertThat(v.asBoolean()).isFalse());

    try (AuditLog audit = new AuditLog(FederationResource.class)) {
      JsonNode node2 = ok(put("/api/federation/nodes/node-2", "{\"enabled\":true}"));
      assertThat(node2.get("node").asText()).isEqualTo("node-2");
      assertThat(node2.get("enabled").asBoolean()).isTrue();
      assertThat(audit.lines())
          .containsExactly("admin token: XMPP federation turned on for node node-2");
    }
    JsonNode services = ok(http.get("/api/services", auth));
    assertThat(pending(services, "router", "node-1")).isTrue();
    assertThat(pending(services, "router", "node-2")).isTrue();
    assertThat(pending(services, "federation", "node-2")).isTrue();

    JsonNode off = ok(put("/api/federation/nodes/node-2", "{\"enabled\":false}"));
    assertThat(off.get("enabled").asBoolean()).isFalse();
  }

  @Test
  void nodeChangesNeedAKnownNodeAndTheField() throws Exception {
    assertThat(error(put("/api/federation/nodes/node-9", "{\"enabled\":true}"), 404))
        .isEqualTo("no node node-9");
    assertThat(error(put("/api/federation/nodes/node-1", "{}"), 400))
        .isEqualTo("missing field 'enabled'");
  }

  @Test
  void everyFederationEndpointNeedsCredentials() {
    for (String path :
        new String[] {
          SETTINGS, "/api/federation/nodes", "/api/federation/sessions", "/api/services"
        }) {
      assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(http.json("PUT", SETTINGS, null, "{\"securityMode\":\"TLS_REQUIRED\"}").statusCode())
        .isEqualTo(401);
    assertThat(
            http.json("PUT", "/api/federation/nodes/node-1", null, "{\"enabled\":true}")
                .statusCode())
        .isEqualTo(401);
    assertThat(http.send("POST", "/api/services/router/restart", null, null, null).statusCode())
        .isEqualTo(401);
    assertThat(http.send("DELETE", "/api/federation/sessions/s1", null, null, null).statusCode())
        .isEqualTo(401);
    assertThat(fixture.federation.settings().securityMode()).isEqualTo("NO_TLS");
    assertThat(fixture.federation.nodes().get(0).enabled()).isFalse();
  }

  static boolean pending(JsonNode services, String name, String node) {
    for (JsonNode service : services) {
      if (service.get("name").asText().equals(name) && service.get("node").asText().equals(node)) {
        return service.get("restartPending").asBoolean();
      }
    }
    throw new AssertionError("no service " + name + " on " + node + " in " + services);
  }
}

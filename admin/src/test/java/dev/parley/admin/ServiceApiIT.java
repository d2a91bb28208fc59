package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.ServerStreamView;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/services} (the Control Center) and {@code /api/federation/sessions} over HTTP. */
class ServiceApiIT {

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

  private HttpResponse<String> restart(String service) {
    return http.send("POST", "/api/services/" + service + "/restart", auth, null, null);
  }

  @Test
  void servicesListTheRouterAndTheFederationServiceOfEveryNode() throws Exception {
    HttpResponse<String> response = http.get("/api/services", auth);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode services = json.readTree(response.body());
    assertThat(services).hasSize(4);
    JsonNode federation = services.get(1);
    assertThat(federation.get("name").asText()).isEqualTo("federation");
    assertThat(federation.get("node").asText()).isEqualTo("node-1");
    assertThat(federation.get("status").asText()).isEqualTo("stopped");
    assertThat(federation.get("note").asText()).isEqualTo("XMPP federation is off on node-1");
  }

  @Test
  void theFederationServiceCannotStartWhileFederationIsOff() throws Exception {
    try (AuditLog audit = new AuditLog(ServiceResource.class)) {
      HttpResponse<String> refused = restart("federation");
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(json.readTree(refused.body()).get("message").asText())
          .isEqualTo("the federation service cannot start: XMPP federation is off on node-1");
      assertThat(audit.lines()).singleElement().asString().contains("refused");
    }
    assertThat(fixture.federation.running("node-1", "federation")).isFalse();
  }

  @Test
  void restartingTheRouterAppliesPendingChangesAndStartsFederation() throws Exception {
    fixture.federation.setEnabled("node-1", true);
    fixture.federation.update(
        new FederationSettingsUpdate("TLS_OPTIONAL", null, null, null, null, null));
    try (AuditLog audit = new AuditLog(ServiceResource.class)) {
      HttpResponse<String> response = restart("router");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode router = json.readTree(response.body());
      assertThat(router.get("name").asText()).isEqualTo("router");
      assertThat(router.get("restartPending").asBoolean()).isFalse();
      assertThat(audit.lines())
          .containsExactly("admin token: restarted service router on node node-1: running");
    }
    assertThat(fixture.federation.running("node-1", "federation")).isTrue();
    assertThat(fixture.federation.settings().restartPending()).isFalse();
    JsonNode services = json.readTree(http.get("/api/services", auth).body());
    assertThat(FederationApiIT.pending(services, "federation", "node-1")).isFalse();
    // node-2's Router still has to restart for node-1's switch: restarts are per node.
    assertThat(FederationApiIT.pending(services, "router", "node-2")).isTrue();

    HttpResponse<String> federation = restart("federation");
    assertThat(federation.statusCode()).isEqualTo(200);
    assertThat(json.readTree(federation.body()).get("status").asText()).isEqualTo("running");
  }

  @Test
  void unknownServicesAreNotFound() throws Exception {
    HttpResponse<String> response = restart("mailer");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).get("message").asText())
        .contains("no service mailer");
  }

  @Test
  void serverStreamsAreListedAndClosed() throws Exception {
    fixture.federation.open(stream("s2s-1", "inbound", "peer.example"));
    fixture.federation.open(stream("s2s-2", "outbound", "other.example"));
    JsonNode streams = json.readTree(http.get("/api/federation/sessions", auth).body());
    assertThat(streams.findValuesAsText("id")).containsExactly("s2s-1", "s2s-2");
    JsonNode first = streams.get(0);
    assertThat(first.get("remoteDomain").asText()).isEqualTo("peer.example");
    assertThat(first.get("tls").asText()).isEqualTo("TLSv1.3 TLS_AES_256_GCM_SHA384");
    assertThat(first.get("certificateVerdict").asText()).isEqualTo("trusted");
    assertThat(first.get("stanzasIn").asLong()).isEqualTo(12);

    try (AuditLog audit = new AuditLog(FederationResource.class)) {
      HttpResponse<String> closed =
          http.send("DELETE", "/api/federation/sessions/s2s-1", auth, null, null);
      assertThat(closed.statusCode()).isEqualTo(204);
      assertThat(audit.lines()).containsExactly("admin token: closed server stream s2s-1");
    }
    assertThat(fixture.federation.sessions())
        .extracting(ServerStreamView::id)
        .containsExactly("s2s-2");

    HttpResponse<String> again =
        http.send("DELETE", "/api/federation/sessions/s2s-1", auth, null, null);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(json.readTree(again.body()).get("message").asText())
        .isEqualTo("no server stream s2s-1");
  }

  static ServerStreamView stream(String id, String direction, String remote) {
    return new ServerStreamView(
        id,
        direction,
        "example.com",
        remote,
        "node-1",
        "TLSv1.3 TLS_AES_256_GCM_SHA384",
        "CN=" + remote,
        "CN=Test CA",
        "2027-01-01T00:00:00Z",
        "trusted",
        "SASL EXTERNAL",
        "2026-11-26T09:00:00Z",
        12,
        7,
        0);
  }
}

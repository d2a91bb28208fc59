package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.admin.model.DnsRecordView;
import dev.parley.admin.model.DnsRecordsView;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/chat/aliases} and {@code /api/dns/records} as extension resources, over HTTP. */
class ChatApiIT {

  private static final String ALIASES = "/api/chat/aliases";

  private final ObjectMapper json = new ObjectMapper();
  private final InMemoryChatAdmin chat = new InMemoryChatAdmin();
  private final DnsAdmin dns =
      () ->
          new DnsRecordsView(
              List.of("no public host name is configured"),
              List.of(
                  DnsRecordView.srv(
                      "_xmpp-server._tcp.example.com.", 3600, 0, 0, 5269, "xmpp.example.com.")));
  @TempDir Path dataDir;
  private ExtensionsFixture fixture;
  private Http http;
  private String auth;

  @BeforeEach
  void start() {
    fixture =
        new ExtensionsFixture(
            dataDir, List.of(new ChatResource(chat), new DnsRecordsResource(dns)));
    http = new Http(fixture.baseUri());
    auth = Http.bearer(fixture.token());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode body(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  @Test
  void addListAndRemoveAnAlias() throws Exception {
    JsonNode added =
        body(
            http.json(
                "POST",
                ALIASES,
                auth,
                "{\"domain\":\"conference-2.example.com\",\"defaultRoomVisibility\":\"hidden\","
                    + "\"address\":\"203.0.113.20\",\"port\":25269}"),
            201);
    assertThat(added.get("domain").asText()).isEqualTo("conference-2.example.com");
    assertThat(added.get("port").asInt()).isEqualTo(25269);

    JsonNode list = body(http.get(ALIASES, auth), 200);
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("defaultRoomVisibility").asText()).isEqualTo("hidden");

    JsonNode removed =
        body(http.send("DELETE", ALIASES + "/conference-2.example.com", auth, null, null), 200);
    assertThat(removed.get("roomsDestroyed").asInt()).isZero();
    assertThat(body(http.get(ALIASES, auth), 200)).isEmpty();
  }

  @Test
  void errorsMapToStatuses() throws Exception {
    assertThat(body(http.json("POST", ALIASES, auth, "{}"), 400).get("message").asText())
        .isEqualTo("missing field 'domain'");
    assertThat(
            body(http.json("POST", ALIASES, auth, "{\"domain\":\"example.com\"}"), 400)
                .get("message")
                .asText())
        .contains("hosted domain");
    body(http.json("POST", ALIASES, auth, "{\"domain\":\"chat.example.com\"}"), 201);
    assertThat(
            body(http.json("POST", ALIASES, auth, "{\"domain\":\"chat.example.com\"}"), 409)
                .get("message")
                .asText())
        .contains("exists already");
    body(http.send("DELETE", ALIASES + "/nothing.example.com", auth, null, null), 404);
    body(http.send("DELETE", ALIASES + "/chat.example.com?confirm=maybe", auth, null, null), 400);
  }

  @Test
  void removingAnAliasWithPersistentRoomsNeedsConfirmation() throws Exception {
    body(http.json("POST", ALIASES, auth, "{\"domain\":\"chat.example.com\"}"), 201);
    chat.persistentRooms("chat.example.com", 3);
    String refused =
        body(http.send("DELETE", ALIASES + "/chat.example.com", auth, null, null), 409)
            .get("message")
            .asText();
    assertThat(refused).contains("3 persistent rooms");
    assertThat(chat.aliases()).hasSize(1);

    JsonNode removed =
        body(
            http.send("DELETE", ALIASES + "/chat.example.com?confirm=true", auth, null, null), 200);
    assertThat(removed.get("roomsDestroyed").asInt()).isEqualTo(3);
    assertThat(chat.aliases()).isEmpty();
  }

  @Test
  void aliasesNeedTheToken() {
    assertThat(http.get(ALIASES, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/dns/records", null).statusCode()).isEqualTo(401);
  }

  @Test
  void dnsRecordsAsJsonAndAsZoneText() throws Exception {
    JsonNode view = body(http.get("/api/dns/records", auth), 200);
    assertThat(view.get("records").get(0).get("target").asText()).isEqualTo("xmpp.example.com.");
    assertThat(view.get("notes").get(0).asText()).contains("public host name");

    HttpResponse<String> zone = http.get("/api/dns/records?format=zone", auth);
    assertThat(zone.statusCode()).isEqualTo(200);
    assertThat(zone.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(zone.body().lines())
        .containsExactly(
            "; no public host name is configured",
            "_xmpp-server._tcp.example.com. 3600 IN SRV 0 0 5269 xmpp.example.com.");
    body(http.get("/api/dns/records?format=bind9", auth), 400);
  }
}

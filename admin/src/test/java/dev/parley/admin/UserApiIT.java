package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StreamErrorCondition;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/users} over real HTTP. */
class UserApiIT {

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

  private HttpResponse<String> create(String body) {
    return http.json("POST", "/api/users", auth, body);
  }

  @Test
  void createsAnAccountAndNeverEchoesThePassword() throws Exception {
    HttpResponse<String> response =
        create(
            "{\"jid\":\"Alice@LocalHost\",\"password\":\"s3cret\",\"admin\":true,\"email\":\"alice@corp.example\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/api/users/alice@localhost");
    assertThat(response.body()).doesNotContain("s3cret");
    JsonNode user = json.readTree(response.body());
    assertThat(user.get("jid").asText()).isEqualTo("alice@localhost");
    assertThat(user.get("admin").asBoolean()).isTrue();
    assertThat(user.get("disabled").asBoolean()).isFalse();
    assertThat(user.get("email").asText()).isEqualTo("alice@corp.example");
    assertThat(user.get("created").asText()).isNotBlank();
    BareJid alice = Jid.parseBare("alice@localhost");
    assertThat(fixture.accounts.verify(alice, "s3cret".toCharArray())).isTrue();
  }

  @Test
  void duplicatesConflict() throws Exception {
    assertThat(create("{\"jid\":\"bob@localhost\",\"password\":\"a\"}").statusCode())
        .isEqualTo(201);
    HttpResponse<String> again = create("{\"jid\":\"bob@localhost\",\"password\":\"b\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    JsonNode error = json.readTree(again.body());
    assertThat(error.get("status").asInt()).isEqualTo(409);
    assertThat(error.get("message").asText()).contains("bob@localhost").contains("exists");
  }

  @Test
  void invalidRequestsAreBadRequests() {
    String[] bodies = {
      "{\"jid\":\"not a jid@\",\"password\":\"p\"}",
      "{\"jid\":\"localhost\",\"password\":\"p\"}",
      "{\"jid\":\"carol@elsewhere.example\",\"password\":\"p\"}",
      "{\"jid\":\"carol@localhost\"}",
      "{\"jid\":\"carol@localhost\",\"password\":\"\"}",
      "{\"jid\":\"carol@localhost\",\"password\":\"p\",\"email\":\"not-an-address\"}",
      "{\"jid\":\"carol@localhost\",\"password\":\"p\",\"colour\":\"red\"}",
      "{\"jid\":\"carol@localhost\",\"password\":\"hunter2\"",
      "[]",
    };
    for (String body : bodies) {
      HttpResponse<String> response = create(body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).doesNotContain("hunter2").contains("\"status\":400");
    }
    assertThat(fixture.users.count()).isZero();
  }

  @Test
  void showsListsAndFiltersByDomain() throws Exception {
    fixture.account("zed@localhost", "p", false);
    fixture.account("amy@example.com", "p", true);
    fixture.account("bea@localhost", "p", false);

    JsonNode all = json.readTree(http.get("/api/users", auth).body());
    assertThat(all)
        .extracting(u -> u.get("jid").asText())
        .containsExactly("amy@example.com", "bea@localhost", "zed@localhost");
    JsonNode local = json.readTree(http.get("/api/users?domain=LOCALHOST", auth).body());
    assertThat(local)
        .extracting(u -> u.get("jid").asText())
        .containsExactly("bea@localhost", "zed@localhost");

    HttpResponse<String> amy = http.get("/api/users/amy@example.com", auth);
    assertThat(amy.statusCode()).isEqualTo(200);
    assertThat(json.readTree(amy.body()).get("admin").asBoolean()).isTrue();
    assertThat(http.get("/api/users/amy%40example.com", auth).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/users/nobody@localhost", auth).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/users/no%20jid@", auth).statusCode()).isEqualTo(400);
  }

  @Test
  void deletesAccounts() {
    fixture.account("dan@localhost", "p", false);
    assertThat(http.send("DELETE", "/api/users/dan@localhost", auth, null, null).statusCode())
        .isEqualTo(204);
    assertThat(fixture.users.exists(Jid.parseBare("dan@localhost"))).isFalse();
    assertThat(http.send("DELETE", "/api/users/dan@localhost", auth, null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void changesPasswords() {
    BareJid eve = fixture.account("eve@localhost", "old", false);
    HttpResponse<String> response =
        http.json("PUT", "/api/users/eve@localhost/password", auth, "{\"password\":\"new-pw\"}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(fixture.accounts.verify(eve, "new-pw".toCharArray())).isTrue();
    assertThat(fixture.accounts.verify(eve, "old".toCharArray())).isFalse();
    assertThat(
            http.json("PUT", "/api/users/ghost@localhost/password", auth, "{\"password\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(http.json("PUT", "/api/users/eve@localhost/password", auth, "{}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void setsValidatesAndRemovesEmail() throws Exception {
    BareJid fay = fixture.account("fay@localhost", "p", false);
    HttpResponse<String> set =
        http.json(
            "PUT", "/api/users/fay@localhost/email", auth, "{\"email\":\" fay@corp.example \"}");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(json.readTree(set.body()).get("email").asText()).isEqualTo("fay@corp.example");
    assertThat(fixture.users.find(fay).orElseThrow().email()).contains("fay@corp.example");

    for (String bad :
        new String[] {
          "fay", "fay@", "@corp.example", "fay@corp", "a b@corp.example", "fay@-x.example"
        }) {
      assertThat(
              http.json(
                      "PUT", "/api/users/fay@localhost/email", auth, "{\"email\":\"" + bad + "\"}")
                  .statusCode())
          .as(bad)
          .isEqualTo(400);
    }
    assertThat(fixture.users.find(fay).orElseThrow().email()).contains("fay@corp.example");

    assertThat(
            http.json("PUT", "/api/users/fay@localhost/email", auth, "{\"email\":\"\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(fixture.users.find(fay).orElseThrow().email()).isEmpty();
    fixture.users.setEmail(fay, Optional.of("fay@corp.example"));
    assertThat(http.json("PUT", "/api/users/fay@localhost/email", auth, "").statusCode())
        .isEqualTo(200);
    assertThat(fixture.users.find(fay).orElseThrow().email()).isEmpty();
    assertThat(http.json("PUT", "/api/users/ghost@localhost/email", auth, "{}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void disablingClosesLiveSessionsAndEnablingRestores() throws Exception {
    BareJid gus = fixture.account("gus@localhost", "p", false);
    TestSession session = new TestSession(gus.withResource("laptop"), fixture.routes);
    fixture.routes.register(session);

    HttpResponse<String> off =
        http.json("PUT", "/api/users/gus@localhost/disabled", auth, "{\"disabled\":true}");
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(json.readTree(off.body()).get("disabled").asBoolean()).isTrue();
    assertThat(session.closedWith())
        .hasValueSatisfying(
            e -> assertThat(e.condition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION));
    assertThat(fixture.routes.count()).isZero();

    assertThat(
            http.json("PUT", "/api/users/gus@localhost/disabled", auth, "{\"disabled\":false}")
                .statusCode())
        .isEqualTo(200);
    assertThat(fixture.users.find(gus).orElseThrow().disabled()).isFalse();
    assertThat(http.json("PUT", "/api/users/gus@localhost/disabled", auth, "{}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void importsCsvAndReportsBadLines() throws Exception {
    fixture.account("taken@localhost", "p", false);
    String csv =
        "ann@localhost,pw1\n"
            + "not a jid,pw2\n"
            + "\n"
            + "ben@localhost,pw3,ben@corp.example\r\n"
            + "taken@localhost,pw4\n"
            + "cat@localhost\n";
    HttpResponse<String> response = http.send("POST", "/api/users/import", auth, "text/csv", csv);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("pw1", "pw2", "pw3", "pw4");
    JsonNode report = json.readTree(response.body());
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("failed"))
        .extracting(e -> e.get("line").asInt())
        .containsExactly(2, 5, 6);
    assertThat(report.get("failed").get(1).get("reason").asText()).contains("exists");
    assertThat(fixture.users.find(Jid.parseBare("ben@localhost")).orElseThrow().email())
        .contains("ben@corp.example");

    assertThat(http.send("POST", "/api/users/import", auth, "text/csv", "").statusCode())
        .isEqualTo(400);
  }
}

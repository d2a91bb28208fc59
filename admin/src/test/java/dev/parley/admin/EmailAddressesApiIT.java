package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/federation/email-addresses} over real HTTP. */
class EmailAddressesApiIT {

  private static final String PATH = "/api/federation/email-addresses";

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dataDir;
  private EmailAddressesFixture fixture;
  private Http http;
  private String auth;

  @BeforeEach
  void start() throws Exception {
    fixture = new EmailAddressesFixture(dataDir, List.of("example.com"));
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

  @Test
  void offByDefaultWithTheEmailDomains() throws Exception {
    JsonNode view = ok(http.get(PATH, auth));
    assertThat(view.get("enabled").asBoolean()).isFalse();
    assertThat(view.get("applied").asBoolean()).isFalse();
    assertThat(view.get("restartPending").asBoolean()).isFalse();
    assertThat(view.get("emailDomains").get(0).asText()).isEqualTo("example.com");
  }

  @Test
  void turningItOnIsPendingUntilTheRouterRestarts() throws Exception {
    JsonNode view = ok(http.json("PUT", PATH, auth, "{\"enabled\":true}"));
    assertThat(view.get("enabled").asBoolean()).isTrue();
    assertThat(view.get("applied").asBoolean()).isFalse();
    assertThat(view.get("restartPending").asBoolean()).isTrue();
    fixture.email.restartRouter();
    JsonNode after = ok(http.get(PATH, auth));
    assertThat(after.get("applied").asBoolean()).isTrue();
    assertThat(after.get("restartPending").asBoolean()).isFalse();
  }

  @Test
  void aMissingFieldIsABadRequest() throws Exception {
    HttpResponse<String> response = http.json("PUT", PATH, auth, "{}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText())
        .isEqualTo("missing field 'enabled'");
  }

  @Test
  void withoutEmailDomainsTurningItOnIsAConflict() throws Exception {
    fixture.close();
    fixture = new EmailAddressesFixture(dataDir.resolve("none"), List.of());
    http = new Http(fixture.baseUri());
    auth = Http.bearer(fixture.token());
    HttpResponse<String> response = http.json("PUT", PATH, auth, "{\"enabled\":true}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    assertThat(json.readTree(response.body()).get("message").asText())
        .contains("federation.email-domains");
  }

  @Test
  void impactListsUsersAndContacts() throws Exception {
    JsonNode impact = ok(http.get(PATH + "/impact", auth));
    assertThat(impact.get(0).get("user").asText()).isEqualTo("jdoe@example.com");
    assertThat(impact.get(0).get("email").asText()).isEqualTo("john.doe@example.com");
    assertThat(impact.get(0).get("contacts").get(0).get("contact").asText())
        .isEqualTo("bob@prosody.test");
  }

  @Test
  void anEmailTheUserStoreRefusesIsABadRequestWithItsReason() throws Exception {
    fixture.base().account("jdoe@example.com", "pw-123456", false);
    HttpResponse<String> response =
        http.json("PUT", "/api/users/jdoe@example.com/email", auth, "{\"email\":\"j@gmail.com\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText())
        .startsWith("email address j@gmail.com cannot be used for XMPP federation")
        .contains("example.com");
    HttpResponse<String> accepted =
        http.json(
            "PUT",
            "/api/users/jdoe@example.com/email",
            auth,
            "{\"email\":\"john.doe@example.com\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
  }
}

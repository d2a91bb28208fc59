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

/** {@code /api/federation/policy} over real HTTP through a real {@link AdminServer}. */
class PolicyApiIT {

  private static final String POLICY = "/api/federation/policy";

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dataDir;
  private PolicyFixture fixture;
  private Http http;
  private String auth;

  @BeforeEach
  void start() throws Exception {
    fixture = new PolicyFixture(dataDir);
    http = new Http(fixture.baseUri());
    auth = Http.bearer(fixture.token());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode status(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  @Test
  void showsTheInitialPolicy() throws Exception {
    JsonNode policy = status(http.get(POLICY, auth), 200);
    assertThat(policy.get("defaultPolicy").asText()).isEqualTo("allow");
    assertThat(policy.get("exceptions")).isEmpty();
    assertThat(policy.get("restartPending").asBoolean()).isFalse();
  }

  @Test
  void changesMarkRestartPendingAndEndInTheHistoryWithTheirAuthor() throws Exception {
    JsonNode denied = status(http.json("PUT", POLICY, auth, "{\"defaultPolicy\":\"deny\"}"), 200);
    assertThat(denied.get("defaultPolicy").asText()).isEqualTo("deny");
    assertThat(denied.get("restartPending").asBoolean()).isTrue();

    JsonNode added =
        status(
            http.json(
                "POST",
                POLICY + "/exceptions",
                auth,
                "{\"domain\":\"partner.com\",\"direction\":\"incoming\"}"),
            201);
    assertThat(added.get("exceptions").get(0).get("domain").asText()).isEqualTo("partner.com");
    assertThat(added.get("revision").asLong()).isEqualTo(2);

    JsonNode removed =
        status(http.send("DELETE", POLICY + "/exceptions/partner.com", auth, null, null), 200);
    assertThat(removed.get("exceptions")).isEmpty();

    JsonNode history = status(http.get(POLICY + "/history", auth), 200);
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("change").asText()).isEqualTo("removed exception partner.com");
    assertThat(history.get(2).get("before").asText()).isEqualTo("Allow");
    assertThat(history.get(2).get("after").asText()).isEqualTo("Deny");
    assertThat(history.get(2).get("by").asText()).isEqualTo("token");
  }

  @Test
  void checkNamesTheDecidingRule() throws Exception {
    http.json("POST", POLICY + "/exceptions", auth, "{\"domain\":\"partner.com\"}");
    JsonNode check =
        status(http.get(POLICY + "/check?direction=out&domain=partner.com", auth), 200);
    assertThat(check.get("verdict").asText()).isEqualTo("denied");
    assertThat(check.get("rule").asText()).isEqualTo("exception partner.com (all)");
  }

  @Test
  void diffListsDomainsAndStreams() throws Exception {
    http.json("POST", POLICY + "/exceptions", auth, "{\"domain\":\"blocked.org\"}");
    JsonNode diff = status(http.get(POLICY + "/diff", auth), 200);
    assertThat(diff.get("closing").get(0).get("id").asText()).isEqualTo("s2s-7");
    assertThat(diff.get("domains").get(0).get("after").asText()).isEqualTo("denied");
  }

  @Test
  void badInputIsRefusedWithTheReason() throws Exception {
    JsonNode bad = status(http.json("PUT", POLICY, auth, "{\"defaultPolicy\":\"maybe\"}"), 400);
    assertThat(bad.get("message").asText()).contains("use allow or deny");
    JsonNode missing = status(http.json("POST", POLICY + "/exceptions", auth, "{}"), 400);
    assertThat(missing.get("message").asText()).isEqualTo("missing field 'domain'");
    JsonNode direction =
        status(
            http.json(
                "POST",
                POLICY + "/exceptions",
                auth,
                "{\"domain\":\"a.org\",\"direction\":\"up\"}"),
            400);
    assertThat(direction.get("message").asText()).contains("use all, incoming or outgoing");
    JsonNode none =
        status(http.send("DELETE", POLICY + "/exceptions/nothing.org", auth, null, null), 404);
    assertThat(none.get("message").asText()).contains("no exception for nothing.org");
    JsonNode query = status(http.get(POLICY + "/check?direction=out", auth), 400);
    assertThat(query.get("message").asText()).isEqualTo("missing query parameter 'domain'");
  }

  @Test
  void thePolicyNeedsAuthentication() throws Exception {
    status(http.get(POLICY, null), 401);
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.FederationScenario.NodeSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bidirectional server streams (XEP-0288) between two Parley nodes: the stream a.test opens to
 * b.test carries b.test's answers back, so one TCP connection serves both directions; with {@code
 * federation.bidi: false} on one side each direction has its own connection again.
 */
class FederationBidiIT {
  private static final String ON = "  bidi: true\n";
  private static final String OFF = "  bidi: false\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NO_TLS, dialback", "TLS_REQUIRED, SASL EXTERNAL"})
  void oneConnectionCarriesBothDirections(String mode, String how) throws Exception {
    try (LogCapture log = new LogCapture("dev.parley.federation");
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", mode).withFederationYaml(ON))
                .node(NodeSpec.of("b.test", mode).withFederationYaml(ON))
                .start()) {
      chat(s);
      FederationAdmin a = s.node("a.test").federationAdmin();
      FederationAdmin b = s.node("b.test").federationAdmin();
      ServerStreamView out = only(a, "outbound", "b.test");
      assertThat(out.authentication()).isEqualTo(how + ", bidirectional");
      assertThat(out.stanzasIn()).as("bob's answers came back on a.test's stream").isPositive();
      ServerStreamView in = only(b, "inbound", "a.test");
      assertThat(in.authentication()).endsWith(", bidirectional");
      assertThat(in.stanzasOut()).isPositive();
      assertThat(streams(b, "outbound", "a.test")).as("b.test opened no stream").isEmpty();
      assertThat(streams(a, "inbound", "b.test")).as("a.test accepted no stream").isEmpty();
      assertThat(log.matching("b.test -> a.test uses the bidirectional stream")).hasSize(1);
    }
  }

  @ParameterizedTest(name = "bidi off on {0}")
  @CsvSource({"a.test", "b.test"})
  void turnedOffOnEitherSideEachDirectionHasItsOwnConnection(String off) throws Exception {
    NodeSpec a = NodeSpec.of("a.test", "TLS_REQUIRED");
    NodeSpec b = NodeSpec.of("b.test", "TLS_REQUIRED");
    try (FederationScenario s =
        FederationScenario.builder()
            .node(a.withFederationYaml(off.equals("a.test") ? OFF : ON))
            .node(b.withFederationYaml(off.equals("b.test") ? OFF : ON))
            .start()) {
      chat(s);
      FederationAdmin nodeA = s.node("a.test").federationAdmin();
      FederationAdmin nodeB = s.node("b.test").federationAdmin();
      assertThat(only(nodeA, "outbound", "b.test").authentication()).isEqualTo("SASL EXTERNAL");
      assertThat(only(nodeB, "outbound", "a.test").authentication()).isEqualTo("SASL EXTERNAL");
      assertThat(only(nodeA, "outbound", "b.test").stanzasIn()).isZero();
    }
  }

  private static void chat(FederationScenario s) {
    Inbox alice = new Inbox(s.user("alice", "a.test"));
    Inbox bob = new Inbox(s.user("bob", "b.test"));
    alice.send("bob@b.test", "hello over one connection");
    assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("hello over one connection");
    bob.send("alice@a.test", "and back");
    assertThat(alice.nextChat("bob's answer").getBody()).isEqualTo("and back");
    alice.send("bob@b.test", "again");
    assertThat(bob.nextChat("alice's second message").getBody()).isEqualTo("again");
    bob.send("alice@a.test", "again back");
    assertThat(alice.nextChat("bob's second answer").getBody()).isEqualTo("again back");
  }

  private static ServerStreamView only(FederationAdmin admin, String direction, String remote) {
    Await.until(
        "a " + direction + " stream with " + remote,
        () -> streams(admin, direction, remote).size() == 1);
    return streams(admin, direction, remote).get(0);
  }

  private static List<ServerStreamView> streams(
      FederationAdmin admin, String direction, String remote) {
    return admin.sessions().stream()
        .filter(v -> v.direction().equals(direction) && v.remoteDomain().equals(remote))
        .toList();
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.FederationScenario.NodeSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several local domains over one outbound connection (XEP-0220 §2.4, multiplexing): when a stream
 * from a.test to b.test exists and a stanza from a second local domain of the same node (a chat
 * node alias, here a2.test) to b.test appears, Parley asks b.test to accept a2.test on that stream
 * with another {@code <db:result/>}, and opens a connection of its own only when b.test refuses.
 */
class FederationMultiplexIT {
  private static final String FEDERATION = "dev.parley.federation";

  @Test
  void aSecondLocalDomainIsAuthorizedOnTheExistingStreamByDialback() throws Exception {
    try (LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "NO_TLS").withOtherDomains(false, "a2.test"))
                .node(NodeSpec.of("b.test", "NO_TLS"))
                .start()) {
      assertSharedStream(s, log, "dialback");
    }
  }

  @Test
  void overTlsACertificateNamingBothDomainsProvesTheSecond() throws Exception {
    // a.test authenticates with SASL EXTERNAL; a2.test rides on that stream because the
    // certificate names it too (XEP-0344 §2.4 on b.test's side).
    try (LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED").withOtherDomains(true, "a2.test"))
                .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
                .start()) {
      assertSharedStream(s, log, "dialback over TLS (trusted certificate)");
      assertThat(
              FederationAdminIT.outboundTo(s.node("a.test").federationAdmin(), "b.test")
                  .authentication())
          .startsWith("SASL EXTERNAL");
    }
  }

  @Test
  void whenThePeerRefusesTheSecondDomainGetsAConnectionOfItsOwn() throws Exception {
    // Strict validation on b.test, and a.test's certificate does not name a2.test: b.test answers
    // the second <db:result/> with invalid, and a2.test connects with its own certificate.
    try (LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED").withOtherDomains(false, "a2.test"))
                .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
                .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox carol = new Inbox(s.user("carol", "a2.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      alice.send("bob@b.test", "first, from a.test");
      assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("first, from a.test");
      carol.send("bob@b.test", "then from a2.test");
      assertThat(bob.nextChat("carol's message").getBody()).isEqualTo("then from a2.test");

      assertThat(log.matching("a2.test on the stream of a.test is invalid", "its own"))
          .as("the refusal, in " + log.lines())
          .hasSize(1);
      Await.until("two outbound streams", () -> outbound(a, "b.test").size() == 2);
      assertThat(outbound(a, "b.test"))
          .extracting(ServerStreamView::localDomain)
          .containsExactlyInAnyOrder("a.test", "a2.test");
      carol.assertNoError(Duration.ZERO);
    }
  }

  private static void assertSharedStream(FederationScenario s, LogCapture log, String how) {
    FederationAdmin a = s.node("a.test").federationAdmin();
    Inbox alice = new Inbox(s.user("alice", "a.test"));
    Inbox carol = new Inbox(s.user("carol", "a2.test"));
    Inbox bob = new Inbox(s.user("bob", "b.test"));

    alice.send("bob@b.test", "first, from a.test");
    assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("first, from a.test");
    carol.send("bob@b.test", "then from a2.test");
    assertThat(bob.nextChat("carol's message").getBody()).isEqualTo("then from a2.test");
    carol.send("bob@b.test", "and again");
    assertThat(bob.nextChat("carol's second message").getBody()).isEqualTo("and again");

    assertThat(log.matching("a2.test on the stream of a.test is valid"))
        .as("the second domain accepted on the first stream, in " + log.lines())
        .hasSize(1);
    assertThat(log.matching("inbound stream a2.test -> [b.test] authenticated (" + how + ")"))
        .as("b.test's side, in " + log.lines())
        .hasSize(1);
    List<ServerStreamView> streams = outbound(a, "b.test");
    assertThat(streams).as("one connection for both local domains").hasSize(1);
    assertThat(streams.get(0).stanzasOut()).isGreaterThanOrEqualTo(3);

    // And back: bob answers both; b.test opens its own streams to each domain.
    bob.send("carol@a2.test", "hi carol");
    assertThat(carol.nextChat("bob's answer to carol").getBody()).isEqualTo("hi carol");
    bob.send("alice@a.test", "hi alice");
    assertThat(alice.nextChat("bob's answer to alice").getBody()).isEqualTo("hi alice");
    carol.assertNoError(Duration.ZERO);
  }

  private static List<ServerStreamView> outbound(FederationAdmin admin, String remote) {
    return admin.sessions().stream()
        .filter(v -> v.direction().equals("outbound") && v.remoteDomain().equals(remote))
        .toList();
  }
}

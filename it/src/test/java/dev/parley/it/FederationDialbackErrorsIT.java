package dev.parley.it;

import static dev.parley.it.Inbox.assertBounce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.FederationScenario.NodeSpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.regex.Matcher;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;

/**
 * XEP-0220 §2.4 error conditions on both sides of dialback, and XEP-0178's refused SASL EXTERNAL
 * with no dialback to fall back on, each with its log line.
 */
class FederationDialbackErrorsIT {
  private static final String FEDERATION = "dev.parley.federation";
  private static final String ANSWER =
      "<(?:db:)?(result|verify)\\b[^>]*\\btype=['\"](\\w+)['\"][^>]*>(.*?)</(?:db:)?(?:result|verify)>";

  @Test
  void theReceivingSideAnswersWithTheXepsConditions() throws Exception {
    int closed = FederationScenario.freePort();
    try (FakeAuthoritativeServer evil = new FakeAuthoritativeServer("evil.test", true);
        LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "NO_TLS"))
                .dns(
                    r ->
                        r.srv("_xmpp-server", "evil.test", "evil-host.test", evil.port(), 0, 5)
                            .a("evil-host.test", "127.0.0.1")
                            .srv("_xmpp-server", "down.test", "down-host.test", closed, 0, 5)
                            .a("down-host.test", "127.0.0.1"))
                .start();
        RawServerStream raw = connect(s, "evil.test")) {
      // A receiving domain a.test does not serve.
      raw.send("<db:result from='evil.test' to='nobody.test'>key</db:result>");
      assertError(raw.await(ANSWER), "result", "item-not-found");

      // Authoritative servers that cannot be asked: no DNS records, no TCP connection.
      raw.send("<db:result from='gone.test' to='a.test'>key</db:result>");
      assertError(raw.await(ANSWER), "result", "remote-server-not-found");
      raw.send("<db:result from='down.test' to='a.test'>key</db:result>");
      assertError(raw.await(ANSWER), "result", "remote-connection-failed");

      // a.test is asked to vouch for a domain it does not serve.
      raw.send("<db:verify from='evil.test' to='nobody.test' id='s1'>key</db:verify>");
      assertError(raw.await(ANSWER), "verify", "item-not-found");

      // The stream is still usable: the errors refused those pairs only.
      raw.send("<db:result from='evil.test' to='a.test'>key</db:result>");
      assertThat(raw.await(ANSWER).group(2)).isEqualTo("valid");
      assertThat(log.matching("dialback from gone.test to a.test answered with error"))
          .as("the log line, in " + log.lines())
          .hasSize(1);
    }
  }

  @Test
  void aDialbackErrorFromThePeerBouncesWithItsCondition() throws Exception {
    try (FakeReceivingServer peer =
            FakeReceivingServer.refusingDialback("refuse.test", "item-not-found");
        LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "NO_TLS"))
                .dns(
                    r ->
                        r.srv("_xmpp-server", "refuse.test", "refuse-host.test", peer.port(), 0, 5)
                            .a("refuse-host.test", "127.0.0.1"))
                .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      alice.send("bob@refuse.test", "hello?");
      assertBounce(
          alice.nextError("the bounce"),
          StanzaError.Condition.remote_server_not_found,
          "dialback-error",
          "refuse.test",
          "item-not-found");
      assertThat(log.matching("outbound a.test -> refuse.test failed at dialback-error"))
          .as("the log line, in " + log.lines())
          .hasSize(1);
    }
  }

  @Test
  void aRefusedSaslExternalWithoutDialbackFailsWithSaslFailed() throws Exception {
    try (FakeReceivingServer peer = FakeReceivingServer.refusingSasl("nosasl.test");
        LogCapture log = new LogCapture(FEDERATION);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
                .dns(
                    r ->
                        r.srv("_xmpp-server", "nosasl.test", "nosasl-host.test", peer.port(), 0, 5)
                            .a("nosasl-host.test", "127.0.0.1"))
                .start()) {
      peer.tls(s.ca.issue("nosasl.test"));
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      alice.send("bob@nosasl.test", "hello?");
      assertBounce(
          alice.nextError("the bounce"),
          StanzaError.Condition.remote_server_timeout,
          "sasl-failed",
          "nosasl.test",
          "SASL EXTERNAL",
          "not-authorized");
      assertThat(peer.received()).singleElement().asString().contains("EXTERNAL");
      assertThat(log.matching("outbound a.test -> nosasl.test failed at sasl-failed"))
          .as("the log line, in " + log.lines())
          .hasSize(1);
    }
  }

  private static void assertError(Matcher answer, String element, String condition) {
    assertThat(answer.group(1)).isEqualTo(element);
    assertThat(answer.group(2)).isEqualTo("error");
    assertThat(answer.group(3)).contains("<" + condition + " ");
  }

  private static RawServerStream connect(FederationScenario s, String as) throws IOException {
    RawServerStream raw =
        RawServerStream.connect(new InetSocketAddress("127.0.0.1", s.port("a.test")));
    raw.send(RawServerStream.header(as, "a.test", ""));
    raw.await("</stream:features>");
    return raw;
  }
}

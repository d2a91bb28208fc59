package dev.parley.it;

import static dev.parley.it.Inbox.assertBounce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.FederationScenario.NodeSpec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;

/**
 * Federation limits from {@code parley.yml} ({@code federation.limits.*}): a queue of two stanzas
 * and a queue timeout of two seconds, against a peer that accepts the connection and never answers.
 * Each bounce has its log line and counts in {@code parley.stanza.errors}.
 */
class FederationLimitsIT {

  @Test
  void aFullQueueAndAQueueTimeoutBounceWithTheirReasons() throws Exception {
    try (TcpRelay silent = new TcpRelay();
        LogCapture log = new LogCapture("dev.parley.federation");
        FederationScenario s =
            FederationScenario.builder()
                .node(
                    NodeSpec.of("a.test", "TLS_REQUIRED")
                        .withFederationYaml(
                            """
                              limits:
                                queue-size: 2
                                queue-timeout: 2s
                            """))
                .dns(
                    r ->
                        r.srv("_xmpp-server", "b.test", "silent-host.test", silent.port(), 0, 5)
                            .a("silent-host.test", "127.0.0.1"))
                .start()) {
      MeterRegistry metrics = s.node("a.test").metrics();
      double before = timeouts(metrics);
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      alice.send("bob@b.test", "one");
      alice.send("bob@b.test", "two");
      alice.send("bob@b.test", "three");

      Message full = alice.nextError("the bounce of the third stanza");
      assertBounce(full, StanzaError.Condition.remote_server_timeout, "queue-full", "b.test");
      assertThat(full.getBody()).isEqualTo("three");

      long start = System.nanoTime();
      java.util.List<String> expiredBodies = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Message expired = alice.nextError("a queue-timeout bounce");
        assertBounce(
            expired, StanzaError.Condition.remote_server_timeout, "queue-timeout", "b.test");
        expiredBodies.add(expired.getBody());
      }
      // Smack's asynchronous listeners may hand the two bounces over in either order.
      assertThat(expiredBodies).containsExactlyInAnyOrder("one", "two");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("they waited for the 2 s queue timeout, not the 60 s default")
          .isBetween(Duration.ofMillis(500), Duration.ofSeconds(10));

      assertThat(log.matching("queue a.test -> b.test is full", "queue-full")).hasSize(1);
      assertThat(
              log.matching("2 stanzas a.test -> b.test waited longer than PT2S", "queue-timeout"))
          .as("in " + log.lines())
          .hasSize(1);
      assertThat(timeouts(metrics) - before).as("parley.stanza.errors").isGreaterThanOrEqualTo(3);
    }
  }

  private static double timeouts(MeterRegistry metrics) {
    Counter counter =
        metrics.find("parley.stanza.errors").tag("condition", "remote-server-timeout").counter();
    return counter == null ? 0 : counter.count();
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.FederationScenario.NodeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * XEP-0198 acknowledgements on server streams between two Parley nodes: the receiving node offers
 * stream management after SASL EXTERNAL, the sending node enables it, and stanzas sent on a stream
 * that is closed before the peer acknowledged them are sent again on a new stream.
 */
class ServerStreamManagementIT {

  @Test
  void stanzasUnacknowledgedWhenTheStreamClosesArriveOverANewStream() throws Exception {
    try (LogCapture log = new LogCapture("dev.parley.federation");
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
                .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
                .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      List<String> bodies = List.of("one", "two", "three");
      bodies.forEach(body -> alice.send("bob@b.test", body));
      // Close the stream as soon as the three stanzas are on it: acks are requested only after a
      // second of silence (or every five stanzas), so none of them is acknowledged yet.
      Await.until(
          "three stanzas on the outbound stream in " + a.sessions(),
          () -> outbound(a).map(v -> v.stanzasOut() >= 3).orElse(false));
      ServerStreamView first = outbound(a).orElseThrow();
      // The receiving side ends the stream: the sender learns of it without a last ack. (An orderly
      // close by the sender itself first waits for the peer's ack, so nothing would be resent.)
      FederationAdmin b = s.node("b.test").federationAdmin();
      ServerStreamView inbound =
          b.sessions().stream()
              .filter(v -> v.direction().equals("inbound") && v.remoteDomain().equals("a.test"))
              .findFirst()
              .orElseThrow();
      assertThat(b.closeSession(inbound.id())).isTrue();

      Set<String> received = new HashSet<>();
      while (!received.containsAll(bodies)) {
        // The receiver may see a stanza twice (no resumption), but must see each one.
        received.add(bob.nextChat("the messages, resent on a new stream").getBody());
      }
      alice.assertNoError(Inbox.QUIET);
      Await.until(
          "a new outbound stream",
          () -> outbound(a).map(v -> !v.id().equals(first.id())).orElse(false));
      assertThat(log.matching("re-queued 3 unacknowledged stanzas for b.test")).hasSize(1);
      assertThat(log.matching("stream management enabled with b.test"))
          .as("enabled on the first stream and on the new one")
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(log.matching("a.test enabled stream management")).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void acknowledgedStanzasAreNotSentAgain() throws Exception {
    try (LogCapture log = new LogCapture("dev.parley.federation");
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
                .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
                .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));
      // Six stanzas: the fifth asks for an ack at once, the sixth after a second of silence.
      for (int i = 1; i <= 6; i++) {
        alice.send("bob@b.test", "m" + i);
      }
      List<String> received = new java.util.ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        received.add(bob.nextChat("message " + i).getBody()); // async listeners: any order
      }
      assertThat(received).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5", "m6");
      Await.until(
          "stream management on the stream",
          () -> !log.matching("stream management enabled with b.test").isEmpty());
      Thread.sleep(2_000); // the idle ack request goes out after one second
      ServerStreamView stream = outbound(a).orElseThrow();
      assertThat(a.closeSession(stream.id())).isTrue();
      Await.until(
          "the close to be logged",
          () -> !log.matching("outbound stream a.test -> b.test closed").isEmpty());
      assertThat(log.matching("outbound stream a.test -> b.test closed (0 unacknowledged"))
          .hasSize(1);
      assertThat(log.matching("re-queued")).isEmpty();
      bob.assertNoChat(Inbox.QUIET);
    }
  }

  private static Optional<ServerStreamView> outbound(FederationAdmin admin) {
    return admin.sessions().stream()
        .filter(v -> v.direction().equals("outbound") && v.remoteDomain().equals("b.test"))
        .findFirst();
  }
}

package dev.parley.it;

import static dev.parley.it.FederationAdminIT.inboundFrom;
import static dev.parley.it.FederationAdminIT.outboundTo;
import static dev.parley.it.Inbox.assertBounce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.FederationScenario.NodeSpec;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;

/**
 * How federation fails between Parley nodes (and against a scripted impostor): each failure is
 * checked from the sender's side (condition, a text naming the failed step, Parley's reason child)
 * and from the receiver's (nothing delivered).
 */
class FederationFailuresIT {
  private static final String PROBLEMS = "dev.parley.federation";

  @Test
  void tlsRequiredAgainstANodeWithoutTlsFailsBothWays() throws Exception {
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
            .node(NodeSpec.of("b.test", "NO_TLS"))
            .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      alice.send("bob@b.test", "secret plans");
      assertBounce(
          alice.nextError("the bounce at the TLS Required side"),
          StanzaError.Condition.remote_server_timeout,
          "tls-unavailable",
          "b.test",
          "STARTTLS",
          "TLS Required");
      bob.assertNoChat(Inbox.QUIET);

      bob.send("alice@a.test", "in the clear");
      assertBounce(
          bob.nextError("the bounce at the No TLS side"),
          StanzaError.Condition.remote_server_timeout,
          "tls-required-by-peer",
          "a.test",
          "requires TLS",
          "No TLS");
      alice.assertNoChat(Inbox.QUIET);
    }
  }

  @Test
  void anUntrustedCertificateIsRefusedUnderStrictValidation() throws Exception {
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
            .node(NodeSpec.of("b.test", "TLS_REQUIRED").withForeignCa())
            .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      alice.send("bob@b.test", "are you really b.test?");
      assertBounce(
          alice.nextError("the bounce for an untrusted certificate"),
          StanzaError.Condition.remote_server_timeout,
          "cert-untrusted",
          "certificate of b.test");
      bob.assertNoChat(Inbox.QUIET);

      // b.test trusts a.test, but a.test refuses to let b.test in with that certificate.
      bob.send("alice@a.test", "let me in");
      assertBounce(
          bob.nextError("the bounce when a.test refuses b.test"),
          StanzaError.Condition.remote_server_timeout,
          "dialback-failed",
          "a.test");
      alice.assertNoChat(Inbox.QUIET);
    }
  }

  @Test
  void withoutStrictValidationAnUntrustedPeerFederatesByDialback() throws Exception {
    // The seed's WebEx case: TLS Optional with "Require client-side security certificates" off.
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_OPTIONAL").withStrict(false).withSasl(false))
            .node(NodeSpec.of("b.test", "TLS_REQUIRED").withForeignCa())
            .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      alice.send("bob@b.test", "hello webex");
      assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("hello webex");
      bob.send("alice@a.test", "hello back");
      assertThat(alice.nextChat("bob's reply").getBody()).isEqualTo("hello back");

      ServerStreamView out = outboundTo(a, "b.test");
      assertThat(out.tls()).startsWith("TLSv1.");
      assertThat(out.certificateVerdict()).startsWith("cert-untrusted");
      assertThat(out.authentication()).isEqualTo("dialback over TLS");
      ServerStreamView in = inboundFrom(a, "b.test");
      assertThat(in.certificateVerdict()).startsWith("cert-untrusted");
      assertThat(in.authentication()).isEqualTo("dialback over TLS");
    }
  }

  @Test
  void aWrongDialbackKeyIsRejectedAndNothingIsDelivered() throws Exception {
    try (FakeAuthoritativeServer evil = new FakeAuthoritativeServer("evil.test", false);
        FederationScenario s = impostorScenario(evil)) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      try (RawServerStream raw = connect(s)) {
        raw.send("<db:result from='evil.test' to='a.test'>made-up-key</db:result>");
        Matcher answer = raw.await("<(?:db:)?result\\b[^>]*\\btype=['\"](\\w+)['\"]");
        assertThat(answer.group(1)).isEqualTo("invalid");
        assertThat(evil.verifyRequests())
            .as("a.test asked evil.test's authoritative server")
            .singleElement()
            .asString()
            .contains("made-up-key");

        raw.send(
            "<message from='mallory@evil.test/x' to='alice@a.test' type='chat'>"
                + "<body>trust me</body></message>");
        raw.await("<not-authorized");
        assertThat(raw.closedByPeer(Duration.ofSeconds(5))).isTrue();
      }
      alice.assertNoChat(Inbox.QUIET);
    }
  }

  @Test
  void aSpoofedFromDomainEndsTheStream() throws Exception {
    try (FakeAuthoritativeServer evil = new FakeAuthoritativeServer("evil.test", true);
        FederationScenario s = impostorScenario(evil)) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      try (RawServerStream raw = connect(s)) {
        raw.send("<db:result from='evil.test' to='a.test'>any-key-evil-vouches-for</db:result>");
        Matcher answer = raw.await("<(?:db:)?result\\b[^>]*\\btype=['\"](\\w+)['\"]");
        assertThat(answer.group(1)).isEqualTo("valid");
        assertThat(inboundFrom(s.node("a.test").federationAdmin(), "evil.test").authentication())
            .isEqualTo("dialback");

        raw.send(
            "<message from='mallory@evil.test/x' to='alice@a.test' type='chat'>"
                + "<body>from my own domain</body></message>");
        assertThat(alice.nextChat("the legitimate message").getBody())
            .isEqualTo("from my own domain");

        raw.send(
            "<message from='someone@other.test/x' to='alice@a.test' type='chat'>"
                + "<body>from somebody else's domain</body></message>");
        raw.await("<invalid-from");
        assertThat(raw.closedByPeer(Duration.ofSeconds(5))).isTrue();
      }
      alice.assertNoChat(Inbox.QUIET);
    }
  }

  @Test
  void theNextSrvTargetIsTriedWhenTheFirstIsDown() throws Exception {
    int closed = FederationScenario.freePort();
    FederationScenario.Builder builder =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
            .node(NodeSpec.of("b.test", "TLS_REQUIRED"));
    try (LogCapture log = new LogCapture(PROBLEMS);
        FederationScenario s =
            builder
                .dns(
                    r ->
                        r.srv("_xmpp-server", "b.test", "down-host.test", closed, 0, 5)
                            .a("down-host.test", "127.0.0.1"))
                .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));
      alice.send("bob@b.test", "via the second target");
      assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("via the second target");
      assertThat(log.matching("cannot connect to b.test", ":" + closed))
          .as("the first attempt, at the higher-priority target, in " + log.lines())
          .isNotEmpty();
      assertThat(log.matching("connected to b.test", ":" + s.port("b.test"))).isNotEmpty();
      alice.assertNoError(Duration.ZERO);
    }
  }

  @Test
  void afterAFailureTheHoldDownKeepsAttemptsFew() throws Exception {
    int closed = FederationScenario.freePort();
    try (LogCapture log = new LogCapture(PROBLEMS);
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
                .dns(
                    r ->
                        r.srv("_xmpp-server", "down.test", "down-host.test", closed, 0, 5)
                            .a("down-host.test", "127.0.0.1"))
                .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      alice.send("nobody@down.test", "first");
      assertBounce(
          alice.nextError("the first bounce"),
          StanzaError.Condition.remote_server_not_found,
          "tcp-refused",
          "down.test");

      long start = System.nanoTime();
      alice.send("nobody@down.test", "second");
      Message second = alice.nextError("the second bounce");
      Duration waited = Duration.ofNanos(System.nanoTime() - start);
      assertBounce(second, StanzaError.Condition.remote_server_not_found, "tcp-refused");
      assertThat(waited)
          .as("the second stanza waited for the hold-down")
          .isGreaterThan(Duration.ofMillis(500));

      for (int i = 0; i < 5; i++) {
        alice.send("nobody@down.test", "more " + i);
      }
      for (int i = 0; i < 5; i++) {
        assertBounce(
            alice.nextError("bounce " + i),
            StanzaError.Condition.remote_server_not_found,
            "tcp-refused");
      }
      List<String> attempts = log.matching("cannot connect to down.test");
      // One attempt for the first stanza, one after the first hold-down (1 s) for the second, and
      // one after the doubled hold-down (2 s) for the five sent together: never one per stanza.
      assertThat(attempts).as("connection attempts for 7 stanzas").hasSize(3);
    }
  }

  private static FederationScenario impostorScenario(FakeAuthoritativeServer evil) {
    return FederationScenario.builder()
        .node(NodeSpec.of("a.test", "NO_TLS"))
        .dns(
            r ->
                r.srv("_xmpp-server", "evil.test", "evil-host.test", evil.port(), 0, 5)
                    .a("evil-host.test", "127.0.0.1"))
        .start();
  }

  /** Opens a plaintext stream to a.test as evil.test and reads a.test's features. */
  private static RawServerStream connect(FederationScenario s) throws java.io.IOException {
    RawServerStream raw =
        RawServerStream.connect(new InetSocketAddress("127.0.0.1", s.port("a.test")));
    raw.send(RawServerStream.header("evil.test", "a.test", ""));
    raw.await("</stream:features>");
    return raw;
  }
}

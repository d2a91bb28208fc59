package dev.parley.it;

import static dev.parley.it.Inbox.assertBounce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.admin.model.ServiceView;
import dev.parley.it.FederationScenario.NodeSpec;
import dev.parley.node.ParleyNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;

/**
 * Administration of federation between two Parley nodes, as the seed's Settings page and Control
 * Center describe it: off by default, settings that apply on restart, restarts that lose no stanza,
 * and the server streams an operator can see and close.
 */
class FederationAdminIT {

  @Test
  void federationIsOffByDefaultAndComesOnWithARouterRestart() throws Exception {
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", null))
            .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
            .start()) {
      ParleyNode a = s.node("a.test");
      FederationAdmin admin = a.federationAdmin();
      assertThat(a.serverAddresses()).isEmpty();
      assertThat(listens(s.port("a.test"))).as("s2s port while federation is off").isFalse();
      assertThat(admin.nodes())
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.enabled()).isFalse();
                assertThat(n.serviceStatus()).isEqualTo("stopped");
                assertThat(n.listeners()).isEmpty();
              });
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));

      alice.send("bob@b.test", "while federation is off");
      assertBounce(
          alice.nextError("the bounce while off"),
          StanzaError.Condition.remote_server_not_found,
          "federation-off",
          "federation is off",
          "b.test");
      bob.assertNoChat(Inbox.QUIET);

      assertThatThrownBy(() -> admin.restart("federation"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("federation is off");

      admin.setEnabled("node-a.test", true);
      assertThat(service(admin, "router").restartPending()).isTrue();
      assertThat(service(admin, "federation").status()).isEqualTo("stopped");
      assertThat(a.serverAddresses()).as("nothing changes before the restart").isEmpty();
      alice.send("bob@b.test", "turned on, not restarted");
      assertBounce(
          alice.nextError("the bounce before the restart"),
          StanzaError.Condition.remote_server_not_found,
          "federation-off");

      admin.restart("router");
      assertThat(a.serverAddresses())
          .extracting(InetSocketAddress::getPort)
          .containsExactly(s.port("a.test"));
      assertThat(listens(s.port("a.test"))).isTrue();
      assertThat(service(admin, "router").restartPending()).isFalse();
      assertThat(service(admin, "federation").status()).isEqualTo("running");
      alice.send("bob@b.test", "hello from a.test");
      assertThat(bob.nextChat("alice's message").getBody()).isEqualTo("hello from a.test");
      bob.send("alice@a.test", "hello back");
      assertThat(alice.nextChat("bob's reply").getBody()).isEqualTo("hello back");
    }
  }

  @Test
  void settingsFollowTheSeedsRulesAndApplyOnRestart() throws Exception {
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "NO_TLS"))
            .node(NodeSpec.of("b.test", "NO_TLS"))
            .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      FederationAdmin b = s.node("b.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));
      alice.send("bob@b.test", "over dialback");
      assertThat(bob.nextChat("the plaintext message").getBody()).isEqualTo("over dialback");
      assertThat(outboundTo(a, "b.test").authentication()).isEqualTo("dialback");
      assertThat(outboundTo(a, "b.test").tls()).isEqualTo("none");

      FederationSettingsView before = a.settings();
      assertThat(before.restartPending()).isFalse();
      assertThatThrownBy(() -> a.update(update("NO_TLS", true, null)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "certificate and SASL settings can be set only with TLS Optional or TLS Required");
      assertThatThrownBy(() -> a.update(update(null, null, true)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("only with TLS Optional or TLS Required");
      assertThat(a.settings()).as("a refused change stores nothing").isEqualTo(before);

      FederationSettingsView optional = a.update(update("TLS_OPTIONAL", null, null));
      assertThat(optional.securityMode()).isEqualTo("TLS_OPTIONAL");
      assertThat(optional.requireValidCertificates()).isTrue();
      assertThat(optional.saslExternalIncoming()).isTrue();
      assertThat(optional.saslExternalOutbound()).isTrue();
      assertThat(optional.restartPending()).isTrue();
      assertThat(service(a, "router").restartPending()).isTrue();
      assertThat(service(a, "federation").restartPending()).isTrue();

      a.update(update("TLS_REQUIRED", null, null));
      b.update(update("TLS_REQUIRED", null, null));
      a.restart("federation");
      b.restart("federation");
      assertThat(a.settings().restartPending()).isFalse();
      assertThat(service(a, "federation").restartPending()).isFalse();
      assertThat(service(b, "router").restartPending()).isFalse();

      alice.send("bob@b.test", "over TLS");
      assertThat(bob.nextChat("the message after the restart").getBody()).isEqualTo("over TLS");
      ServerStreamView stream = outboundTo(a, "b.test");
      assertThat(stream.authentication()).isEqualTo("SASL EXTERNAL");
      assertThat(stream.tls()).startsWith("TLSv1");
    }
  }

  @Test
  void aRestartHandsQueuedStanzasToTheNewService() throws Exception {
    try (TcpRelay slow = new TcpRelay();
        FederationScenario s =
            FederationScenario.builder()
                .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
                .node(NodeSpec.of("b.test", "TLS_REQUIRED").unpublished())
                .dns(r -> r.srv("_xmpp-server", "b.test", "b-test-host.test", slow.port(), 0, 5))
                .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      // A synchronous listener: Smack runs asynchronous ones concurrently, which can reorder what
      // arrived in order.
      java.util.concurrent.BlockingQueue<String> atBob =
          new java.util.concurrent.LinkedBlockingQueue<>();
      s.user("bob", "b.test")
          .addSyncStanzaListener(
              stanza -> atBob.add(((org.jivesoftware.smack.packet.Message) stanza).getBody()),
              org.jivesoftware.smack.filter.MessageTypeFilter.CHAT);
      for (int i = 1; i <= 3; i++) {
        alice.send("bob@b.test", "queued " + i);
      }
      Await.until("a.test connects to the slow server", () -> slow.accepted() >= 1);
      Thread.sleep(300); // the other two reach the queue behind the first
      slow.forwardTo(s.port("b.test"));

      s.node("a.test").federationAdmin().restart("federation");

      // Nothing is lost or bounced, and the queue reaches the new service in the order sent.
      java.util.List<String> received = new java.util.ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        received.add(Await.next("queued message " + i, atBob));
      }
      assertThat(received).containsExactly("queued 1", "queued 2", "queued 3");
      alice.assertNoError(Inbox.QUIET);
    }
  }

  @Test
  void stanzasQueuedAcrossARestartBounceWhenThePeerNeverAnswers() throws Exception {
    TcpRelay slow = new TcpRelay();
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
            .dns(r -> r.srv("_xmpp-server", "b.test", "a-test-host.test", slow.port(), 0, 5))
            .start()) {
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      alice.send("bob@b.test", "first");
      alice.send("bob@b.test", "second");
      Await.until("a.test connects to the slow server", () -> slow.accepted() >= 1);
      Thread.sleep(300);
      s.node("a.test").federationAdmin().restart("federation");
      Await.until("the new service connects again", () -> slow.accepted() >= 2);
      slow.close(); // the peer hangs up in the middle of the negotiation
      for (String body : List.of("first", "second")) {
        org.jivesoftware.smack.packet.Message bounce = alice.nextError("bounce of " + body);
        assertBounce(
            bounce, StanzaError.Condition.remote_server_timeout, "connection-closed", "b.test");
      }
    } finally {
      slow.close();
    }
  }

  @Test
  void sessionsShowEveryServerStreamAndOneCanBeClosed() throws Exception {
    try (FederationScenario s =
        FederationScenario.builder()
            .node(NodeSpec.of("a.test", "TLS_REQUIRED"))
            .node(NodeSpec.of("b.test", "TLS_REQUIRED"))
            .start()) {
      FederationAdmin a = s.node("a.test").federationAdmin();
      FederationAdmin b = s.node("b.test").federationAdmin();
      Inbox alice = new Inbox(s.user("alice", "a.test"));
      Inbox bob = new Inbox(s.user("bob", "b.test"));
      alice.send("bob@b.test", "one");
      bob.nextChat("alice's message");
      bob.send("alice@a.test", "two");
      alice.nextChat("bob's message");

      ServerStreamView out = outboundTo(a, "b.test");
      assertThat(out.localDomain()).isEqualTo("a.test");
      assertThat(out.node()).isEqualTo("node-a.test");
      assertThat(out.tls()).startsWith("TLSv1.").containsPattern("TLS_[A-Z0-9_]+");
      assertThat(out.certificateSubject()).contains("b.test");
      assertThat(out.certificateIssuer()).contains("Parley Federation Test CA");
      assertThat(out.certificateExpiry()).isNotEmpty();
      assertThat(out.certificateVerdict()).startsWith("trusted");
      assertThat(out.authentication()).isEqualTo("SASL EXTERNAL");
      assertThat(out.stanzasOut()).isGreaterThanOrEqualTo(1);
      assertThat(out.since()).isNotEmpty();
      ServerStreamView in = inboundFrom(a, "b.test");
      assertThat(in.localDomain()).isEqualTo("a.test");
      assertThat(in.tls()).startsWith("TLSv1.");
      assertThat(in.certificateSubject()).contains("b.test");
      assertThat(in.certificateVerdict()).startsWith("trusted");
      assertThat(in.authentication()).isEqualTo("SASL EXTERNAL");
      assertThat(in.stanzasIn()).isGreaterThanOrEqualTo(1);
      assertThat(inboundFrom(b, "a.test").stanzasIn()).isGreaterThanOrEqualTo(1);

      assertThat(a.closeSession("no-such-stream")).isFalse();
      assertThat(a.closeSession(out.id())).isTrue();
      Await.until(
          "the closed stream leaves both nodes' lists",
          () ->
              a.sessions().stream().noneMatch(v -> v.id().equals(out.id()))
                  && b.sessions().stream().noneMatch(v -> v.direction().equals("inbound")));
      alice.send("bob@b.test", "three");
      assertThat(bob.nextChat("the message on a new stream").getBody()).isEqualTo("three");
      assertThat(outboundTo(a, "b.test").id()).isNotEqualTo(out.id());
    }
  }

  private static FederationSettingsUpdate update(String mode, Boolean strict, Boolean saslIn) {
    return new FederationSettingsUpdate(mode, strict, saslIn, null, null, null);
  }

  static ServiceView service(FederationAdmin admin, String name) {
    return admin.services().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  static ServerStreamView outboundTo(FederationAdmin admin, String remote) {
    return stream(admin, "outbound", remote);
  }

  static ServerStreamView inboundFrom(FederationAdmin admin, String remote) {
    return stream(admin, "inbound", remote);
  }

  private static ServerStreamView stream(FederationAdmin admin, String direction, String remote) {
    Await.until(
        "a " + direction + " stream with " + remote + " in " + admin.sessions(),
        () ->
            admin.sessions().stream()
                .anyMatch(v -> v.direction().equals(direction) && v.remoteDomain().equals(remote)));
    return admin.sessions().stream()
        .filter(v -> v.direction().equals(direction) && v.remoteDomain().equals(remote))
        .findFirst()
        .orElseThrow();
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

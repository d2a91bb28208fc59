package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.PeerLab.Kind;
import dev.parley.it.PeerLab.PeerSpec;
import dev.parley.it.PeerLab.Users;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;

/**
 * The federation policy end to end with a real Prosody peer: one Prosody and one Parley node, and
 * several policies applied in turn by Router restarts (the seed's way), each checked by which chat
 * messages arrive on each side and which error each sender sees.
 */
class PolicyIT {

  private static final String PARLEY_DOMAIN = "parley.test";
  private static final String PEER = Kind.PROSODY.domain;
  private static final String ADMIN = "ops@" + PARLEY_DOMAIN;
  private static final String PASSWORD = "ops-password-for-policy";

  private final HttpClient http = HttpClient.newHttpClient();
  private ParleyNode parley;

  @Test
  void allowDenyAndEachDirectionWithProsody() throws Exception {
    try (PeerLab setup = new PeerLab(PeerLab.Plan.of("policy", "127.0.44"))) {
      parley = setup.parley(SecurityMode.NO_TLS);
      parley.accounts().create(BareJid.of("ops", PARLEY_DOMAIN), PASSWORD.toCharArray(), true);
      XmppPeer peer = setup.peer(PeerSpec.of(Kind.PROSODY, SecurityMode.NO_TLS));
      try (Users users = setup.users(peer)) {
        Inbox alice = new Inbox(users.parley());
        Inbox bob = new Inbox(users.peer());
        String aliceJid = users.parley().getUser().asBareJid().toString();
        String bobJid = users.peer().getUser().asBareJid().toString();
        try {
          scenario(alice, bob, aliceJid, bobJid);
        } catch (Exception | AssertionError e) {
          e.addSuppressed(new AssertionError(setup.diagnostics()));
          throw e;
        }
      }
    }
  }

  private void scenario(Inbox alice, Inbox bob, String aliceJid, String bobJid) throws Exception {
    // Allow (the initial policy): both ways, and streams both ways.
    assertDelivered(alice, bob, bobJid, "allowed out");
    assertDelivered(bob, alice, aliceJid, "allowed in");
    assertThat(streamDirections()).contains("inbound", "outbound");

    // Deny: stored, pending, and the diff names the live streams it will close.
    assertThat(call("PUT", "/api/federation/policy", "{\"defaultPolicy\":\"deny\"}"))
        .contains("\"restartPending\":true");
    assertThat(call("GET", "/api/services", null)).contains("\"restartPending\":true");
    String diff = call("GET", "/api/federation/policy/diff", null);
    assertThat(diff).contains("\"remoteDomain\":\"" + PEER + "\"").contains("\"after\":\"denied\"");
    assertDelivered(alice, bob, bobJid, "still allowed until the restart");
    restart();
    assertThat(call("GET", "/api/federation/policy", null)).contains("\"restartPending\":false");
    assertThat(streamDirections()).doesNotContain("inbound");
    assertRefusedHere(alice, bob, bobJid, "denied out");
    assertRefusedThere(bob, alice, aliceJid, "denied in");
    assertThat(call("GET", "/api/federation/policy/check?direction=in&domain=" + PEER, null))
        .contains("\"verdict\":\"denied\"")
        .contains("\"rule\":\"default Deny\"");

    // Deny, except incoming from the peer: receive what it sends, send nothing back.
    call("POST", "/api/federation/policy/exceptions", exception("incoming"));
    restart();
    assertDelivered(bob, alice, aliceJid, "incoming allowed");
    assertRefusedHere(alice, bob, bobJid, "outgoing still denied");

    // Deny, except outgoing to the peer: send, receive nothing. Dialback verification of our
    // outbound stream (the peer connecting back to us) is not federated traffic: it must pass.
    call("POST", "/api/federation/policy/exceptions", exception("outgoing"));
    restart();
    assertDelivered(alice, bob, bobJid, "outgoing allowed");
    assertRefusedThere(bob, alice, aliceJid, "incoming denied");

    // Allow, except all packets of the peer: both ways denied, the exception names the rule.
    call("PUT", "/api/federation/policy", "{\"defaultPolicy\":\"allow\"}");
    call("POST", "/api/federation/policy/exceptions", exception("all"));
    restart();
    Message refused = assertRefusedHere(alice, bob, bobJid, "excepted out");
    assertThat(refused.getError().getDescriptiveText()).contains("exception " + PEER + " (all)");
    assertRefusedThere(bob, alice, aliceJid, "excepted in");

    // Allow, except incoming only: out allowed again, in denied.
    call("POST", "/api/federation/policy/exceptions", exception("incoming"));
    restart();
    assertDelivered(alice, bob, bobJid, "out with an incoming exception");
    assertRefusedThere(bob, alice, aliceJid, "in with an incoming exception");

    String history = call("GET", "/api/federation/policy/history", null);
    assertThat(history).contains("\"by\":\"" + ADMIN + "\"").contains("\"revision\":6");
  }

  private static String exception(String direction) {
    return "{\"domain\":\"" + PEER + "\",\"direction\":\"" + direction + "\"}";
  }

  private void restart() {
    parley.federationAdmin().restart("router");
  }

  private java.util.List<String> streamDirections() {
    return parley.federationAdmin().sessions().stream()
        .filter(s -> s.remoteDomain().equals(PEER))
        .map(ServerStreamView::direction)
        .toList();
  }

  private static void assertDelivered(Inbox from, Inbox to, String toJid, String body) {
    from.send(toJid, body);
    assertThat(to.nextChat("'" + body + "'").getBody()).isEqualTo(body);
    from.assertNoError(java.time.Duration.ofMillis(300));
  }

  /** Parley refuses to send: its user gets policy-violation naming the peer, the peer nothing. */
  private static Message assertRefusedHere(Inbox from, Inbox to, String toJid, String body) {
    from.send(toJid, body);
    Message bounce = from.nextError("the policy bounce of '" + body + "'");
    Inbox.assertBounce(bounce, StanzaError.Condition.policy_violation, "policy-denied", PEER);
    to.assertNoChat(Inbox.QUIET);
    return bounce;
  }

  /** Parley refuses the peer's stream: the peer's user gets an error, ours nothing. */
  private static void assertRefusedThere(Inbox from, Inbox to, String toJid, String body) {
    from.send(toJid, body);
    assertThat(from.nextError("the peer's bounce of '" + body + "'").getError()).isNotNull();
    to.assertNoChat(Inbox.QUIET);
  }

  private String call(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.44.1:" + parley.adminPort() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isBetween(200, 299);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.model.ServerStreamView;
import dev.parley.it.PeerLab.Kind;
import dev.parley.it.PeerLab.PeerSpec;
import dev.parley.it.PeerLab.Users;
import dev.parley.node.ParleyNode;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * Parley federates with real Prosody and ejabberd servers in each security mode of the seed, in
 * both directions, and fails the way it says it fails. The tests run in an order that restarts a
 * peer only when its configuration changes (see {@link PeerLab}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerInteropIT {
  private static final String PARLEY_ERRORS = "urn:parley:errors:0";

  /** Who sends the first stanza, and so opens the first server stream and runs dialback first. */
  enum First {
    PARLEY,
    PEER
  }

  private final PeerLab setup = new PeerLab(PeerLab.Plan.of("interop", "127.0.44"));

  @AfterAll
  void stop() {
    setup.close();
  }

  static Stream<Arguments> matrix() {
    return Stream.of(SecurityMode.values())
        .flatMap(
            mode ->
                Stream.of(Kind.values())
                    .flatMap(
                        kind -> Stream.of(First.values()).map(f -> Arguments.of(mode, kind, f))));
  }

  @Order(1)
  @ParameterizedTest(name = "{0} with {1}, {2} first")
  @MethodSource("matrix")
  void presenceSubscriptionAndChatBothWays(SecurityMode mode, Kind kind, First first)
      throws Exception {
    ParleyNode parley = setup.parley(mode);
    XmppPeer peer = setup.peer(PeerSpec.of(kind, mode));
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            XMPPTCPConnection a = first == First.PARLEY ? users.parley() : users.peer();
            XMPPTCPConnection b = first == First.PARLEY ? users.peer() : users.parley();
            subscribe(a, b);
            subscribe(b, a);
            awaitOnline(a, b);
            awaitOnline(b, a);
            chat(a, b, "hello from " + a.getXMPPServiceDomain());
            chat(b, a, "hello back from " + b.getXMPPServiceDomain());
            assertStreamsAuthenticated(parley, kind, mode);
          });
    }
  }

  static Stream<Arguments> untrustedPeers() {
    return Stream.of(SecurityMode.TLS_REQUIRED, SecurityMode.TLS_OPTIONAL)
        .flatMap(mode -> Stream.of(Kind.values()).map(kind -> Arguments.of(kind, mode)));
  }

  /**
   * Parley in TLS Required with strict certificates; the peer's certificate comes from a CA Parley
   * does not trust. With the peer in TLS Required it can only offer SASL EXTERNAL; in TLS Optional
   * it also tries dialback over TLS, which strict validation must refuse as well.
   */
  @Order(2)
  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("untrustedPeers")
  void anUntrustedPeerCertificateIsRefusedUnderStrictValidation(Kind kind, SecurityMode peerMode)
      throws Exception {
    setup.parley(SecurityMode.TLS_REQUIRED);
    XmppPeer peer = setup.peer(PeerSpec.of(kind, peerMode).untrusted());
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            assertParleyBounce(users, "cert-untrusted");
            assertPeerBounce(users);
          });
    }
  }

  @Order(3)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void tlsOptionalFallsBackToDialbackWhenThePeerHasNoTls(Kind kind) throws Exception {
    ParleyNode parley = setup.parley(SecurityMode.TLS_OPTIONAL);
    XmppPeer peer = setup.peer(PeerSpec.of(kind, SecurityMode.NO_TLS));
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            chat(users.parley(), users.peer(), "over plain dialback");
            chat(users.peer(), users.parley(), "plain back");
            assertStreamsAuthenticated(parley, kind, SecurityMode.NO_TLS);
          });
    }
  }

  @Order(4)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void tlsRequiredRefusesAPeerWithoutTls(Kind kind) throws Exception {
    setup.parley(SecurityMode.TLS_REQUIRED);
    XmppPeer peer = setup.peer(PeerSpec.of(kind, SecurityMode.NO_TLS));
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            assertParleyBounce(users, "tls-unavailable");
            assertPeerBounce(users);
          });
    }
  }

  /**
   * Server streams end: an operator closes them on Parley (a stream error to the peer), or the peer
   * restarts (its streams drop). Parley must notice either way, open new streams and lose nothing.
   */
  @Order(5)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void newStreamsAfterStreamsEnd(Kind kind) throws Exception {
    ParleyNode parley = setup.parley(SecurityMode.NO_TLS);
    PeerSpec spec = PeerSpec.of(kind, SecurityMode.NO_TLS);
    try (Users users = setup.users(setup.peer(spec))) {
      explained(
          () -> {
            chat(users.parley(), users.peer(), "first");
            chat(users.peer(), users.parley(), "first reply");
            for (ServerStreamView stream : parley.federationAdmin().sessions()) {
              assertThat(parley.federationAdmin().closeSession(stream.id())).isTrue();
            }
            Await.until(
                "the streams are gone", () -> parley.federationAdmin().sessions().isEmpty());
            chat(users.parley(), users.peer(), "after the streams were closed");
            chat(users.peer(), users.parley(), "reply after the streams were closed");
          });
    }
    try (Users users = setup.users(setup.restartPeer(spec))) {
      explained(
          () -> {
            chat(users.parley(), users.peer(), "after the restart");
            chat(users.peer(), users.parley(), "reply after the restart");
          });
    }
  }

  /** The Parley user's message bounces with Parley's reason; the peer user receives nothing. */
  private static void assertParleyBounce(Users users, String reason) throws Exception {
    BlockingQueue<Message> errors = errors(users.parley());
    BlockingQueue<Message> delivered = inbox(users.peer());
    users.parley().sendStanza(message(users.parley(), users.peer().getUser(), "refused"));
    Message bounce = Await.next("the bounce at the Parley user", errors);
    assertThat(bounce.getError().getCondition())
        .isIn(
            StanzaError.Condition.remote_server_timeout,
            StanzaError.Condition.remote_server_not_found);
    Object child = bounce.getError().getExtension(reason, PARLEY_ERRORS);
    assertThat(child)
        .as("Parley's reason in %s", bounce.toXML())
        .isInstanceOf(StandardExtensionElement.class);
    assertThat((Object) delivered.poll(1, TimeUnit.SECONDS))
        .as("delivered to the peer user")
        .isNull();
  }

  /** The peer user's message bounces at the peer; the Parley user receives nothing. */
  private static void assertPeerBounce(Users users) throws Exception {
    BlockingQueue<Message> errors = errors(users.peer());
    BlockingQueue<Message> delivered = inbox(users.parley());
    users.peer().sendStanza(message(users.peer(), users.parley().getUser(), "refused"));
    Message bounce = Await.next("the bounce at the peer user", errors);
    assertThat(bounce.getError()).isNotNull();
    assertThat((Object) delivered.poll(1, TimeUnit.SECONDS))
        .as("delivered to the Parley user")
        .isNull();
  }

  private static void subscribe(XMPPTCPConnection from, XMPPTCPConnection to) throws Exception {
    BareJid contact = to.getUser().asBareJid();
    Roster.getInstanceFor(from).createItemAndRequestSubscription(contact, "contact", null);
  }

  private static void awaitOnline(XMPPTCPConnection watcher, XMPPTCPConnection contact) {
    Roster roster = Roster.getInstanceFor(watcher);
    BareJid jid = contact.getUser().asBareJid();
    Await.until(
        watcher.getUser() + " sees " + jid + " online",
        () -> roster.getPresence(jid).isAvailable());
  }

  private static void chat(XMPPTCPConnection from, XMPPTCPConnection to, String body)
      throws Exception {
    BlockingQueue<Message> inbox = inbox(to);
    from.sendStanza(message(from, to.getUser().asBareJid(), body));
    Message received = Await.next("'" + body + "' at " + to.getUser(), inbox);
    assertThat(received.getBody()).isEqualTo(body);
    assertThat(received.getFrom().asBareJid().toString())
        .isEqualTo(from.getUser().asBareJid().toString());
  }

  /**
   * Parley's view of the link: streams in both directions with the peer, authenticated as the mode
   * demands (dialback in clear text; dialback over TLS; SASL EXTERNAL over TLS).
   */
  private static void assertStreamsAuthenticated(ParleyNode parley, Kind kind, SecurityMode mode) {
    List<ServerStreamView> streams =
        parley.federationAdmin().sessions().stream()
            .filter(s -> s.remoteDomain().equals(kind.domain))
            .toList();
    assertThat(streams).extracting(ServerStreamView::direction).contains("inbound", "outbound");
    for (ServerStreamView stream : streams) {
      switch (mode) {
        case NO_TLS -> {
          assertThat(stream.tls()).as("%s", stream).isEqualTo("none");
          assertThat(stream.authentication()).as("%s", stream).isEqualTo("dialback");
        }
        case TLS_OPTIONAL -> {
          assertThat(stream.tls()).as("%s", stream).startsWith("TLS");
          assertThat(stream.authentication()).as("%s", stream).startsWith("dialback over TLS");
        }
        case TLS_REQUIRED -> {
          assertThat(stream.tls()).as("%s", stream).startsWith("TLS");
          assertThat(stream.authentication()).as("%s", stream).isEqualTo("SASL EXTERNAL");
        }
      }
    }
  }

  private static Message message(XMPPTCPConnection from, Jid to, String body) {
    return from.getStanzaFactory()
        .buildMessageStanza()
        .to(to.asBareJid())
        .ofType(Message.Type.chat)
        .setBody(body)
        .build();
  }

  private static BlockingQueue<Message> inbox(XMPPTCPConnection connection) {
    BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    connection.addAsyncStanzaListener(s -> inbox.add((Message) s), MessageTypeFilter.CHAT);
    return inbox;
  }

  private static BlockingQueue<Message> errors(XMPPTCPConnection connection) {
    BlockingQueue<Message> errors = new LinkedBlockingQueue<>();
    connection.addAsyncStanzaListener(s -> errors.add((Message) s), MessageTypeFilter.ERROR);
    return errors;
  }

  /** A test body that may throw anything. */
  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  /** Runs {@code body}; a failure carries the peers' logs and the DNS queries. */
  private void explained(Body body) throws Exception {
    try {
      body.run();
    } catch (Exception | AssertionError e) {
      e.addSuppressed(new PeerLogs(setup.diagnostics()));
      throw e;
    }
  }

  /** The peers' log lines attached to a failure; no stack trace of its own. */
  private static final class PeerLogs extends Exception {
    private static final long serialVersionUID = 1L;

    PeerLogs(String text) {
      super(text, null, false, false);
    }
  }
}

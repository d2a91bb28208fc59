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
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * Stream sharing with real peers: bidirectional server streams (XEP-0288) with Prosody 0.12's
 * {@code mod_s2s_bidi}, and a second local domain (the chat alias {@code conference.parley.test})
 * authorized on the stream {@code parley.test} already has (XEP-0220 §2.4) with Prosody and
 * ejabberd 23.01. What each peer does is written down in docs/FEDERATION.md. The tests run in an
 * order that restarts the peer only when its configuration changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerStreamSharingIT {
  private static final String FEDERATION = "dev.parley.federation";
  private static final String PARLEY_DOMAIN = "parley.test";
  private static final String ALIAS = "conference." + PARLEY_DOMAIN;
  private static final String ROOM = "sharing@" + ALIAS;

  /** Who sends the first stanza, and so opens the one stream. */
  enum First {
    PARLEY,
    PEER
  }

  private final PeerLab setup =
      new PeerLab(PeerLab.Plan.of("stream-sharing", "127.0.48").aliases(ALIAS));

  @AfterAll
  void stop() {
    setup.close();
  }

  /**
   * Both sides offer and use XEP-0288: whoever opens the stream, it carries the answers back, so
   * presence subscriptions and chats both ways share one TCP connection. Except in one case:
   * Prosody receiving Parley's {@code <db:result/>} sends its {@code <db:verify/>} over an ordinary
   * outgoing stream of its own to parley.test, which then is authenticated too and which Prosody
   * prefers for its own traffic; so each direction keeps its own (bidirectional) connection.
   */
  @Order(1)
  @ParameterizedTest(name = "{0}, {1} opens the stream")
  @CsvSource({"NO_TLS, PARLEY", "NO_TLS, PEER", "TLS_REQUIRED, PARLEY", "TLS_REQUIRED, PEER"})
  void withProsodyOneBidirectionalStreamCarriesBothDirections(SecurityMode mode, First first)
      throws Exception {
    ParleyNode parley = setup.parley(mode);
    XmppPeer peer = setup.peer(PeerSpec.of(Kind.PROSODY, mode).bidi(true));
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            subscribeAndChatBothWays(users, first);
            String authentication = authentication(mode) + ", bidirectional";
            if (mode == SecurityMode.NO_TLS && first == First.PARLEY) {
              assertEachDirectionOnItsOwnStream(parley, authentication);
              return;
            }
            ServerStreamView stream = onlyStream(parley, Kind.PROSODY.domain);
            assertThat(stream.direction())
                .isEqualTo(first == First.PARLEY ? "outbound" : "inbound");
            assertThat(stream.authentication()).isEqualTo(authentication);
            assertThat(stream.stanzasIn()).as("%s", stream).isPositive();
            assertThat(stream.stanzasOut()).as("%s", stream).isPositive();
          });
    }
  }

  /** Parley's stream carries only Parley's stanzas, the one Prosody opened only Prosody's. */
  private static void assertEachDirectionOnItsOwnStream(ParleyNode parley, String authentication) {
    Await.until("two streams", () -> streams(parley, Kind.PROSODY.domain).size() == 2);
    List<ServerStreamView> streams = streams(parley, Kind.PROSODY.domain);
    assertThat(streams).extracting(ServerStreamView::authentication).containsOnly(authentication);
    for (ServerStreamView stream : streams) {
      boolean outbound = stream.direction().equals("outbound");
      assertThat(outbound ? stream.stanzasOut() : stream.stanzasIn()).as("%s", stream).isPositive();
      assertThat(outbound ? stream.stanzasIn() : stream.stanzasOut()).as("%s", stream).isZero();
    }
    assertThat(streams)
        .extracting(ServerStreamView::direction)
        .containsExactlyInAnyOrder("inbound", "outbound");
  }

  /** Without {@code mod_s2s_bidi} Prosody neither offers nor asks: one stream each way. */
  @Order(2)
  @ParameterizedTest(name = "{0}")
  @CsvSource({"TLS_REQUIRED", "NO_TLS"})
  void withProsodysBidiOffEachDirectionHasItsOwnStream(SecurityMode mode) throws Exception {
    ParleyNode parley = setup.parley(mode);
    XmppPeer peer = setup.peer(PeerSpec.of(Kind.PROSODY, mode).bidi(false));
    try (Users users = setup.users(peer)) {
      explained(
          () -> {
            subscribeAndChatBothWays(users, First.PARLEY);
            Await.until(
                "one stream each way", () -> streams(parley, Kind.PROSODY.domain).size() == 2);
            List<ServerStreamView> streams = streams(parley, Kind.PROSODY.domain);
            assertThat(streams)
                .extracting(ServerStreamView::direction)
                .containsExactlyInAnyOrder("inbound", "outbound");
            assertThat(streams)
                .extracting(ServerStreamView::authentication)
                .containsOnly(authentication(mode));
          });
    }
  }

  /**
   * A stanza from the chat alias to the peer while parley.test has a stream there: a peer that
   * offers dialback is asked to accept the alias on that stream too, and everything arrives
   * whatever it answers. Prosody in TLS Required runs without dialback (PEERS.md), so Parley does
   * not ask and the alias authenticates a connection of its own with SASL EXTERNAL.
   */
  @Order(3)
  @ParameterizedTest(name = "{0} in {1}, peer bidi {2}")
  @CsvSource({
    "PROSODY, NO_TLS, false, true",
    "PROSODY, NO_TLS, true, true",
    "PROSODY, TLS_REQUIRED, true, false",
    "EJABBERD, NO_TLS, false, true"
  })
  void theChatAliasSharesTheStreamOfItsDomainWhenThePeerOffersDialback(
      Kind kind, SecurityMode mode, boolean bidi, boolean shared) throws Exception {
    ParleyNode parley = setup.parley(mode);
    XmppPeer peer = setup.peer(PeerSpec.of(kind, mode).bidi(bidi));
    try (LogCapture log = new LogCapture(FEDERATION);
        Users users = setup.users(peer)) {
      explained(
          () -> {
            chat(users.parley(), users.peer(), "from parley.test first");
            inviteFromTheAlias(users);
            askTheAlias(users.peer());
            chat(users.peer(), users.parley(), "and back to parley.test");
            List<ServerStreamView> outbound =
                streams(parley, kind.domain).stream()
                    .filter(s -> s.direction().equals("outbound"))
                    .toList();
            String asked = ALIAS + " on an existing stream";
            String valid = ALIAS + " on the stream of parley.test is valid";
            if (shared) {
              assertThat(log.matching(valid)).as("in %s", log.lines()).hasSize(1);
              assertThat(outbound)
                  .as("one connection for both local domains")
                  .extracting(ServerStreamView::localDomain)
                  .containsExactly(PARLEY_DOMAIN);
            } else {
              assertThat(log.matching(asked)).as("in %s", log.lines()).isEmpty();
              assertThat(outbound)
                  .extracting(ServerStreamView::localDomain)
                  .containsExactlyInAnyOrder(PARLEY_DOMAIN, ALIAS);
            }
          });
    }
  }

  /**
   * A room at the alias invites the peer's user (XEP-0045 §7.8.2): the invitation comes from {@code
   * conference.parley.test}, a stanza Parley originates, not an answer.
   */
  private static void inviteFromTheAlias(Users users) throws Exception {
    BlockingQueue<EntityBareJid> invitations = new LinkedBlockingQueue<>();
    MultiUserChatManager.getInstanceFor(users.peer())
        .addInvitationListener(
            (connection, room, inviter, reason, password, message, invite) ->
                invitations.add(room.getRoom()));
    MultiUserChat room =
        MultiUserChatManager.getInstanceFor(users.parley())
            .getMultiUserChat(JidCreate.entityBareFrom(ROOM));
    room.create(Resourcepart.from("alice")).makeInstant();
    room.invite(users.peer().getUser().asEntityBareJid(), "stream sharing");
    assertThat(Await.next("the invitation at the peer's user", invitations).toString())
        .isEqualTo(ROOM);
  }

  /** The peer's user asks the alias for disco#info; the answer must come back. */
  private static void askTheAlias(XMPPTCPConnection peerUser) throws Exception {
    DiscoverInfo info =
        ServiceDiscoveryManager.getInstanceFor(peerUser)
            .discoverInfo(JidCreate.domainBareFrom(ALIAS));
    assertThat(info.getIdentities())
        .extracting(DiscoverInfo.Identity::getCategory)
        .contains("conference");
  }

  private static String authentication(SecurityMode mode) {
    return switch (mode) {
      case NO_TLS -> "dialback";
      case TLS_OPTIONAL -> "dialback over TLS (trusted certificate)";
      case TLS_REQUIRED -> "SASL EXTERNAL";
    };
  }

  private static void subscribeAndChatBothWays(Users users, First first) throws Exception {
    XMPPTCPConnection a = first == First.PARLEY ? users.parley() : users.peer();
    XMPPTCPConnection b = first == First.PARLEY ? users.peer() : users.parley();
    chat(a, b, "hello from " + a.getXMPPServiceDomain());
    chat(b, a, "hello back from " + b.getXMPPServiceDomain());
    subscribe(a, b);
    subscribe(b, a);
    awaitOnline(a, b);
    awaitOnline(b, a);
    chat(a, b, "still there, " + b.getXMPPServiceDomain() + "?");
  }

  /** The one stream with {@code remote}, once transient dialback verification streams are gone. */
  private static ServerStreamView onlyStream(ParleyNode parley, String remote) {
    Await.until("a single stream with " + remote, () -> streams(parley, remote).size() == 1);
    return streams(parley, remote).get(0);
  }

  private static List<ServerStreamView> streams(ParleyNode parley, String remote) {
    return parley.federationAdmin().sessions().stream()
        .filter(s -> s.remoteDomain().equals(remote))
        .toList();
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
    BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    to.addAsyncStanzaListener(s -> inbox.add((Message) s), MessageTypeFilter.CHAT);
    from.sendStanza(
        from.getStanzaFactory()
            .buildMessageStanza()
            .to(to.getUser().asBareJid())
            .ofType(Message.Type.chat)
            .setBody(body)
            .build());
    Message received = Await.next("'" + body + "' at " + to.getUser(), inbox);
    assertThat(received.getBody()).isEqualTo(body);
  }

  /** A test body that may throw anything. */
  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  /** Runs {@code body}; a failure carries the peer's log and the DNS queries. */
  private void explained(Body body) throws Exception {
    try {
      body.run();
    } catch (Exception | AssertionError e) {
      e.addSuppressed(new PeerLogs(setup.diagnostics()));
      throw e;
    }
  }

  /** The peer's log lines attached to a failure; no stack trace of its own. */
  private static final class PeerLogs extends Exception {
    private static final long serialVersionUID = 1L;

    PeerLogs(String text) {
      super(text, null, false, false);
    }
  }
}

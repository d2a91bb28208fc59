package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.PeerLab.Kind;
import dev.parley.it.PeerLab.PeerSpec;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Parley's chat rooms over federation with real Prosody and ejabberd servers (issue 6 §3), in the
 * seed's No TLS mode ({@link MucFederationTlsIT}: TLS Required): federated users discover a Parley
 * room on {@code conference.parley.test}, are invited, join with history, chat, change nickname and
 * are reached by IQs; a Parley user joins a room on Prosody's and on ejabberd's MUC service; when
 * Prosody goes away, its occupants leave the Parley room with status 333.
 *
 * <p>Email addresses for federation are applied (issue 6 with the email issue): the Parley user
 * alice@parley.test has the address alice.smith@corp.test, and federated occupants of a
 * non-anonymous room see that address as her real JID, never alice@parley.test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MucFederationIT {
  private static final String PARLEY_DOMAIN = "parley.test";
  private static final String SERVICE = "conference." + PARLEY_DOMAIN;
  private static final String EMAIL_DOMAIN = "corp.test";
  private static final String ALICE_EMAIL = "alice.smith@" + EMAIL_DOMAIN;
  private PeerLab setup;
  private ParleyNode parley;

  /** The seed's security mode between the servers; {@link MucFederationTlsIT} overrides it. */
  SecurityMode mode() {
    return SecurityMode.NO_TLS;
  }

  @BeforeAll
  void start() throws Exception {
    // Its own /24, apart from the interop (127.0.44.x) and email (127.0.46.x) tests.
    setup =
        new PeerLab(
            PeerLab.Plan.of("muc-" + mode().name().toLowerCase(Locale.ROOT), "127.0.47")
                .aliases(SERVICE)
                .emailDomains(EMAIL_DOMAIN)
                .withPeerMuc());
    parley = setup.parley(mode());
    parley
        .accounts()
        .create(BareJid.of("alice", PARLEY_DOMAIN), "alice-secret".toCharArray(), false);
    setup.applyEmail("alice@" + PARLEY_DOMAIN, ALICE_EMAIL);
  }

  @AfterAll
  void stop() {
    if (setup != null) {
      setup.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  @Order(1)
  void aFederatedUserDiscoversIsInvitedJoinsChatsAndRenames(Kind kind) throws Exception {
    XmppPeer peer = setup.peer(PeerSpec.of(kind, mode()));
    String bobName = "bob-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    peer.register(bobName, "bob-secret");
    String room = "interop-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "@" + SERVICE;
    XMPPTCPConnection alice = setup.parleyClient("alice", "alice-secret");
    XMPPTCPConnection bob = setup.peerClient(peer, bobName, "bob-secret");
    try {
      RoomWatch atAlice = new RoomWatch(alice, room);
      RoomWatch atBob = new RoomWatch(bob, room);
      MultiUserChat aliceRoom = MucIT.muc(alice, room);
      aliceRoom.create(MucIT.nick("Alice"));
      FillableForm form = aliceRoom.getConfigurationForm().getFillableForm();
      form.setAnswer("muc#roomconfig_whois", "anyone");
      aliceRoom.sendConfigurationForm(form);
      for (String body : List.of("before you came 1", "before you came 2")) {
        aliceRoom.sendMessage(body);
        atAlice.groupchat(body);
      }

      MultiUserChatManager bobs = MultiUserChatManager.getInstanceFor(bob);
      assertThat(bobs.getRoomsHostedBy(JidCreate.domainBareFrom(SERVICE)).keySet())
          .as("disco#items of %s asked from %s", SERVICE, kind)
          .extracting(Object::toString)
          .contains(room);

      BlockingQueue<String> invitations = new LinkedBlockingQueue<>();
      bobs.addInvitationListener(
          (conn, chat, inviter, reason, password, message, invite) ->
              invitations.add(chat.getRoom() + "|" + inviter.asBareJid() + "|" + reason));
      aliceRoom.invite(JidCreate.entityBareFrom(bobName + "@" + kind.domain), "come in");
      // The inviter is shown to the federated invitee by her email address (XEP-0045 §7.8.2).
      assertThat(Await.next("the mediated invitation at " + kind, invitations))
          .isEqualTo(room + "|" + ALICE_EMAIL + "|come in");

      MultiUserChat bobRoom = MucIT.muc(bob, room);
      bobRoom.join(
          bobRoom
              .getEnterConfigurationBuilder(MucIT.nick("Bob"))
              .requestMaxStanzasHistory(5)
              .build());
      Message first = atBob.message("history", m -> m.getType() == Message.Type.groupchat);
      Message second = atBob.message("history", m -> m.getType() == Message.Type.groupchat);
      assertThat(List.of(first.getBody(), second.getBody()))
          .as("history in order")
          .containsExactly("before you came 1", "before you came 2");
      assertThat(DelayInformation.from(first)).as("history is delayed").isNotNull();
      assertThat(atAlice.presenceOf("Bob").getType()).isEqualTo(Presence.Type.available);
      Presence aliceAtBob = atBob.presenceOf("Alice");
      assertThat(MUCUser.from(aliceAtBob).getItem().getJid().asBareJid().toString())
          .as("a non-anonymous room shows the local occupant by her email address")
          .isEqualTo(ALICE_EMAIL);

      bobRoom.sendMessage("hello from " + kind);
      assertThat(RoomWatch.nickOf(atAlice.groupchat("hello from " + kind))).isEqualTo("Bob");
      aliceRoom.sendMessage("welcome, Bob");
      assertThat(RoomWatch.nickOf(atBob.groupchat("welcome, Bob"))).isEqualTo("Alice");

      bob.sendStanza(
          bob.getStanzaFactory()
              .buildPresenceStanza()
              .to(JidCreate.entityFullFrom(room + "/Bobby"))
              .build());
      Presence renamed = atAlice.presenceOf("Bob", p -> p.getType() == Presence.Type.unavailable);
      assertThat(RoomWatch.codes(renamed)).contains(303);
      assertThat(MUCUser.from(renamed).getItem().getNick().toString()).isEqualTo("Bobby");
      assertThat(atAlice.presenceOf("Bobby").getType()).isEqualTo(Presence.Type.available);
      assertThat(
              RoomWatch.codes(
                  atBob.presenceOf("Bob", p -> p.getType() == Presence.Type.unavailable)))
          .contains(110, 303);

      // An IQ to an occupant's room JID is forwarded to the real JID across federation and the
      // answer comes back the same way; a ping to one's own room JID is answered by the service
      // (XEP-0410 self-ping).
      IQ pong = alice.sendIqRequestAndWaitForResponse(new Ping(JidCreate.from(room + "/Bobby")));
      assertThat(pong.getType()).isEqualTo(IQ.Type.result);
      assertThat(pong.getFrom().toString()).isEqualTo(room + "/Bobby");
      IQ selfPong = bob.sendIqRequestAndWaitForResponse(new Ping(JidCreate.from(room + "/Bobby")));
      assertThat(selfPong.getType()).isEqualTo(IQ.Type.result);
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  @Order(2)
  void aParleyUserJoinsARoomOnThePeersService(Kind kind) throws Exception {
    XmppPeer peer = setup.peer(PeerSpec.of(kind, mode()));
    peer.register("carol", "carol-secret");
    String room = "teatime@" + peer.config().mucDomain().orElseThrow().domain();
    XMPPTCPConnection carol = setup.peerClient(peer, "carol", "carol-secret");
    XMPPTCPConnection alice = setup.parleyClient("alice", "alice-secret");
    try {
      MucIT.muc(carol, room).create(MucIT.nick("Carol")).makeInstant();
      RoomWatch atAlice = new RoomWatch(alice, room);
      RoomWatch atCarol = new RoomWatch(carol, room);
      MucIT.muc(alice, room).join(MucIT.nick("Alice"));
      assertThat(RoomWatch.codes(atAlice.presenceOf("Alice"))).contains(110);
      assertThat(atCarol.presenceOf("Alice").getType()).isEqualTo(Presence.Type.available);
      MucIT.muc(alice, room).sendMessage("hello " + kind + " room");
      atCarol.groupchat("hello " + kind + " room");
      MucIT.muc(carol, room).sendMessage("hello Parley user");
      assertThat(RoomWatch.nickOf(atAlice.groupchat("hello Parley user"))).isEqualTo("Carol");
    } finally {
      List.of(alice, carol).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * Issue 6 §3: a federated server goes away (Prosody ends its streams with {@code
   * system-shutdown}); its occupant leaves with 333 (XEP-0045 §7.2.8 "removed because of an error")
   * at once, before the room sends anything that could bounce.
   */
  @Test
  @Order(3)
  void whenProsodyGoesAwayItsOccupantsLeaveWith333() throws Exception {
    XmppPeer prosody = setup.peer(PeerSpec.of(Kind.PROSODY, mode()));
    prosody.register("dave", "dave-secret");
    String room = "lastcall@" + SERVICE;
    XMPPTCPConnection alice = setup.parleyClient("alice", "alice-secret");
    XMPPTCPConnection dave = setup.peerClient(prosody, "dave", "dave-secret");
    try {
      RoomWatch atAlice = new RoomWatch(alice, room);
      MucIT.muc(alice, room).create(MucIT.nick("Alice")).makeInstant();
      MucIT.muc(dave, room).join(MucIT.nick("Dave"));
      atAlice.presenceOf("Dave");
      setup.stopPeer(Kind.PROSODY);
      Presence gone = atAlice.presenceOf("Dave", p -> p.getType() == Presence.Type.unavailable);
      assertThat(RoomWatch.codes(gone)).contains(333);
      Await.until(
          "alice's client sees one occupant left",
          () -> MucIT.muc(alice, room).getOccupantsCount() == 1);
    } finally {
      List.of(alice, dave).forEach(XMPPTCPConnection::disconnect);
    }
  }
}

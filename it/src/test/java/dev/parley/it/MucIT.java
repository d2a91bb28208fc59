package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.jivesoftware.smackx.muc.packet.MUCUser;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * XEP-0045 with a real client library (Smack's {@code MultiUserChatManager}) over real TLS to a
 * real node and its default chat node alias {@code conference.localhost}: what each occupant
 * receives, room by room. The restart of a persistent room is in {@link MucRestartIT}.
 */
class MucIT {
  static final String SERVICE = "conference." + TestNode.DOMAIN;
  private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin");
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    USERS.forEach(u -> node.user(u, "secret-" + u));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** XEP-0045 §6.1: the service is one of the server's disco#items and says it speaks MUC. */
  @Test
  void theServiceIsDiscoveredThroughTheServersItems() throws Exception {
    XMPPTCPConnection alice = login("alice");
    try {
      MultiUserChatManager manager = MultiUserChatManager.getInstanceFor(alice);
      assertThat(manager.getMucServiceDomains()).extracting(Object::toString).contains(SERVICE);
      assertThat(manager.providesMucService(JidCreate.domainBareFrom(SERVICE))).isTrue();
    } finally {
      alice.disconnect();
    }
  }

  /**
   * An instant room with three occupants: presences, groupchat, subject, private messages and a
   * nickname change, as each occupant sees them.
   */
  @Test
  void threeOccupantsChatChangeTheSubjectWhisperAndRename() throws Exception {
    String room = "lobby@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    XMPPTCPConnection carol = login("carol");
    try {
      RoomWatch atAlice = new RoomWatch(alice, room);
      RoomWatch atBob = new RoomWatch(bob, room);
      RoomWatch atCarol = new RoomWatch(carol, room);
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom.create(nick("Alice")).makeInstant();
      assertThat(RoomWatch.codes(atAlice.presenceOf("Alice"))).contains(110, 201);

      muc(bob, room).join(nick("Bob"));
      Presence bobJoined = atAlice.presenceOf("Bob");
      assertThat(bobJoined.getType()).isEqualTo(Presence.Type.available);
      assertThat(MUCUser.from(bobJoined).getItem().getRole().toString()).isEqualTo("participant");
      assertThat(atBob.presenceOf("Alice").getType()).isEqualTo(Presence.Type.available);
      assertThat(RoomWatch.codes(atBob.presenceOf("Bob"))).contains(110).doesNotContain(201);

      MultiUserChat carolRoom = muc(carol, room);
      carolRoom.join(nick("Carol"));
      atAlice.presenceOf("Carol");
      atBob.presenceOf("Carol");
      assertThat(carolRoom.getOccupantsCount()).isEqualTo(3);

      muc(bob, room).sendMessage("hello room");
      for (RoomWatch watch : List.of(atAlice, atBob, atCarol)) {
        assertThat(RoomWatch.nickOf(watch.groupchat("hello room"))).isEqualTo("Bob");
      }

      aliceRoom.changeSubject("Plans for Friday");
      for (RoomWatch watch : List.of(atBob, atCarol)) {
        Message subject = watch.message("subject", m -> m.getSubject() != null);
        assertThat(subject.getSubject()).isEqualTo("Plans for Friday");
        assertThat(RoomWatch.nickOf(subject)).isEqualTo("Alice");
      }

      // §7.5: a private message goes to the occupant only, from the sender's room JID.
      BlockingQueue<Message> carolPrivate = privateMessages(carol, room);
      BlockingQueue<Message> alicePrivate = privateMessages(alice, room);
      bob.sendStanza(
          bob.getStanzaFactory()
              .buildMessageStanza()
              .to(JidCreate.entityFullFrom(room + "/Carol"))
              .ofType(Message.Type.chat)
              .setBody("psst, Carol")
              .build());
      Message whisper = Await.next("bob's private message at carol", carolPrivate);
      assertThat(whisper.getBody()).isEqualTo("psst, Carol");
      assertThat(whisper.getFrom().toString()).isEqualTo(room + "/Bob");
      assertThat(MUCUser.from(whisper)).as("marked as sent through the room").isNotNull();

      // §7.6: unavailable with 303 and the new nick from the old one, then the new one. Sent by
      // hand: Smack 4.4's changeNickname() waits for the new presence while holding the lock its
      // own listener needs to handle the 303 self-presence before it, and so always times out.
      bob.sendStanza(
          bob.getStanzaFactory()
              .buildPresenceStanza()
              .to(JidCreate.entityFullFrom(room + "/Robert"))
              .build());
      Presence old = atCarol.presenceOf("Bob", MucIT::unavailable);
      assertThat(old.getType()).isEqualTo(Presence.Type.unavailable);
      assertThat(RoomWatch.codes(old)).contains(303);
      assertThat(MUCUser.from(old).getItem().getNick().toString()).isEqualTo("Robert");
      assertThat(atCarol.presenceOf("Robert").getType()).isEqualTo(Presence.Type.available);
      assertThat(RoomWatch.codes(atBob.presenceOf("Bob"))).contains(110, 303);
      assertThat(alicePrivate).as("nobody whispered to alice").isEmpty();
    } finally {
      List.of(alice, bob, carol).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * A reserved room (§10.1.3) configured through the form: members-only, so an outsider is refused
   * with registration-required until a mediated invitation (§7.8.2) makes her a member.
   */
  @Test
  void membersOnlyRoomAdmitsInviteesOnly() throws Exception {
    String room = "board@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection dave = login("dave");
    try {
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom.create(nick("Alice"));
      FillableForm form = aliceRoom.getConfigurationForm().getFillableForm();
      form.setAnswer("muc#roomconfig_roomname", "The Board");
      form.setAnswer("muc#roomconfig_membersonly", true);
      aliceRoom.sendConfigurationForm(form);
      RoomInfo info = MultiUserChatManager.getInstanceFor(dave).getRoomInfo(bare(room));
      assertThat(info.isMembersOnly()).isTrue();
      assertThat(info.getName()).isEqualTo("The Board");

      assertThat(joinError(muc(dave, room), nick("Dave"), null))
          .isEqualTo(StanzaError.Condition.registration_required);

      BlockingQueue<String> invitations = new LinkedBlockingQueue<>();
      MultiUserChatManager.getInstanceFor(dave)
          .addInvitationListener(
              (conn, chat, inviter, reason, password, message, invite) ->
                  invitations.add(chat.getRoom() + "|" + inviter.asBareJid() + "|" + reason));
      aliceRoom.invite(JidCreate.entityBareFrom("dave@" + TestNode.DOMAIN), "join the board");
      assertThat(Await.next("the invitation at dave", invitations))
          .isEqualTo(room + "|alice@" + TestNode.DOMAIN + "|join the board");
      muc(dave, room).join(nick("Dave"));
      assertThat(muc(dave, room).isJoined()).isTrue();
    } finally {
      List.of(alice, dave).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /** §7.2.5: a password-protected room refuses a wrong password with not-authorized. */
  @Test
  void passwordRoomNeedsThePassword() throws Exception {
    String room = "vault@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    try {
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom
          .create(nick("Alice"))
          .getConfigFormManager()
          .setAndEnablePassword("sesame")
          .submitConfigurationForm();
      assertThat(
              MultiUserChatManager.getInstanceFor(bob)
                  .getRoomInfo(bare(room))
                  .isPasswordProtected())
          .isTrue();
      assertThat(joinError(muc(bob, room), nick("Bob"), null))
          .isEqualTo(StanzaError.Condition.not_authorized);
      assertThat(joinError(muc(bob, room), nick("Bob"), "wrong"))
          .isEqualTo(StanzaError.Condition.not_authorized);
      muc(bob, room).join(nick("Bob"), "sesame");
      assertThat(muc(bob, room).isJoined()).isTrue();
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * A moderated room: a visitor cannot speak until voice is granted (§8.3); kick (§8.2, 307) and
   * ban (§9.1, 301) as the target and a bystander see them; a banned user cannot come back.
   */
  @Test
  void moderatorsGrantVoiceKickAndBan() throws Exception {
    String room = "stage@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    XMPPTCPConnection carol = login("carol");
    try {
      RoomWatch atCarol = new RoomWatch(carol, room);
      RoomWatch atBob = new RoomWatch(bob, room);
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom.create(nick("Alice"));
      FillableForm form = aliceRoom.getConfigurationForm().getFillableForm();
      form.setAnswer("muc#roomconfig_moderatedroom", true);
      aliceRoom.sendConfigurationForm(form);
      muc(bob, room).join(nick("Bob"));
      muc(carol, room).join(nick("Carol"));
      assertThat(MUCUser.from(atCarol.presenceOf("Carol")).getItem().getRole().toString())
          .isEqualTo("visitor");

      muc(carol, room).sendMessage("may I speak?");
      Message refused = atCarol.message("the error", m -> m.getType() == Message.Type.error);
      assertThat(refused.getError().getCondition()).isEqualTo(StanzaError.Condition.forbidden);

      aliceRoom.grantVoice(nick("Carol"));
      atBob.presenceOf("Carol", p -> role(p).equals("participant"));
      muc(carol, room).sendMessage("thank you");
      atBob.groupchat("thank you");

      aliceRoom.kickParticipant(nick("Carol"), "too loud");
      Presence kicked = atCarol.presenceOf("Carol", MucIT::unavailable);
      assertThat(kicked.getType()).isEqualTo(Presence.Type.unavailable);
      assertThat(RoomWatch.codes(kicked)).contains(110, 307);
      assertThat(MUCUser.from(kicked).getItem().getReason()).isEqualTo("too loud");
      assertThat(RoomWatch.codes(atBob.presenceOf("Carol", MucIT::unavailable))).contains(307);

      aliceRoom.banUser(JidCreate.entityBareFrom("bob@" + TestNode.DOMAIN), "spam");
      Presence banned = atBob.presenceOf("Bob", MucIT::unavailable);
      assertThat(banned.getType()).isEqualTo(Presence.Type.unavailable);
      assertThat(RoomWatch.codes(banned)).contains(110, 301);
      assertThat(joinError(muc(bob, room), nick("Bob"), null))
          .isEqualTo(StanzaError.Condition.forbidden);
    } finally {
      List.of(alice, bob, carol).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /** §7.2.15: history on join, delayed, limited by maxstanzas, before the subject. */
  @Test
  void aNewcomerGetsTheHistoryItAsksFor() throws Exception {
    String room = "history@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection erin = login("erin");
    try {
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom.create(nick("Alice")).makeInstant();
      RoomWatch atAlice = new RoomWatch(alice, room);
      for (String body : List.of("one", "two", "three")) {
        aliceRoom.sendMessage(body);
        atAlice.groupchat(body);
      }
      RoomWatch atErin = new RoomWatch(erin, room);
      MultiUserChat erinRoom = muc(erin, room);
      erinRoom.join(
          erinRoom.getEnterConfigurationBuilder(nick("Erin")).requestMaxStanzasHistory(2).build());
      Message first = atErin.message("history", m -> m.getType() == Message.Type.groupchat);
      Message second = atErin.message("history", m -> m.getType() == Message.Type.groupchat);
      assertThat(List.of(first.getBody(), second.getBody())).containsExactly("two", "three");
      assertThat(DelayInformation.from(first)).as("history is delayed").isNotNull();
      assertThat(DelayInformation.from(first).getFrom()).isEqualTo(room);
      Message subject =
          atErin.message("subject", m -> m.getSubject() != null || m.getBody() == null);
      assertThat(subject.getBody()).isNull();
    } finally {
      List.of(alice, erin).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * §10.9 destroy with an alternate venue, and §6.3 disco#items: public rooms are listed, hidden
   * ones and destroyed ones are not.
   */
  @Test
  void theServiceListsPublicRoomsOnlyAndForgetsDestroyedOnes() throws Exception {
    String open = "square@" + SERVICE;
    String hidden = "attic@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    try {
      muc(alice, open).create(nick("Alice")).makeInstant();
      MultiUserChat attic = muc(alice, hidden);
      attic.create(nick("Alice"));
      FillableForm form = attic.getConfigurationForm().getFillableForm();
      form.setAnswer("muc#roomconfig_publicroom", false);
      attic.sendConfigurationForm(form);
      DomainBareJid service = JidCreate.domainBareFrom(SERVICE);
      MultiUserChatManager bobs = MultiUserChatManager.getInstanceFor(bob);
      assertThat(bobs.getRoomsHostedBy(service).keySet())
          .extracting(Object::toString)
          .contains(open)
          .doesNotContain(hidden);

      RoomWatch atBob = new RoomWatch(bob, open);
      muc(bob, open).join(nick("Bob"));
      atBob.presenceOf("Bob");
      muc(alice, open).destroy("moving", bare("plaza@" + SERVICE));
      Presence gone = atBob.presenceOf("Bob");
      assertThat(gone.getType()).isEqualTo(Presence.Type.unavailable);
      assertThat(MUCUser.from(gone).getDestroy().getJid().toString()).isEqualTo("plaza@" + SERVICE);
      assertThat(MUCUser.from(gone).getDestroy().getReason()).isEqualTo("moving");
      assertThat(bobs.getRoomsHostedBy(service).keySet())
          .extracting(Object::toString)
          .doesNotContain(open);
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * §8.1: a participant may not change the subject unless the room allows it; §6.4 room info
   * carries the subject and occupant count; a temporary room goes when its last occupant leaves
   * (§10.1), so entering it again creates it anew (201).
   */
  @Test
  void subjectRightsRoomInfoAndTemporaryRooms() throws Exception {
    String room = "kiosk@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    try {
      MultiUserChat aliceRoom = muc(alice, room);
      aliceRoom.create(nick("Alice")).makeInstant();
      aliceRoom.changeSubject("Opening hours");
      muc(bob, room).join(nick("Bob"));
      // Sent by hand: Smack 4.4's changeSubject() waits for a groupchat reflection only, so it
      // never sees the error a refusal is (a message of type error, §8.1).
      RoomWatch atBob = new RoomWatch(bob, room);
      bob.sendStanza(
          bob.getStanzaFactory()
              .buildMessageStanza()
              .to(bare(room))
              .ofType(Message.Type.groupchat)
              .setSubject("Closed")
              .build());
      Message refused = atBob.message("the refusal", m -> m.getType() == Message.Type.error);
      assertThat(refused.getError().getCondition()).isEqualTo(StanzaError.Condition.forbidden);
      RoomInfo info = MultiUserChatManager.getInstanceFor(bob).getRoomInfo(bare(room));
      assertThat(info.getSubject()).isEqualTo("Opening hours");
      assertThat(info.getOccupantsCount()).isEqualTo(2);
      assertThat(info.isPersistent()).isFalse();

      muc(bob, room).leave();
      aliceRoom.leave();
      DomainBareJid service = JidCreate.domainBareFrom(SERVICE);
      Await.until(
          "the empty temporary room is gone",
          () -> {
            try {
              return !MultiUserChatManager.getInstanceFor(bob)
                  .getRoomsHostedBy(service)
                  .containsKey(bare(room));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      atBob.clear();
      muc(bob, room).create(nick("Bob")).makeInstant();
      assertThat(RoomWatch.codes(atBob.presenceOf("Bob"))).contains(110, 201);
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  private static boolean unavailable(Presence presence) {
    return presence.getType() == Presence.Type.unavailable;
  }

  private static String role(Presence presence) {
    return MUCUser.from(presence).getItem().getRole().toString();
  }

  private static StanzaError.Condition joinError(MultiUserChat muc, Resourcepart nick, String pw) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> {
              if (pw == null) {
                muc.join(nick);
              } else {
                muc.join(nick, pw);
              }
            });
    assertThat(thrown).isInstanceOf(XMPPException.XMPPErrorException.class);
    return ((XMPPException.XMPPErrorException) thrown).getStanzaError().getCondition();
  }

  /** Private messages (type chat from an occupant of {@code room}) that reach a connection. */
  static BlockingQueue<Message> privateMessages(XMPPTCPConnection connection, String room) {
    BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    connection.addStanzaListener(
        s -> queue.add((Message) s),
        s ->
            s instanceof Message m
                && m.getType() == Message.Type.chat
                && m.getFrom() != null
                && m.getFrom().asBareJid().toString().equals(room));
    return queue;
  }

  static MultiUserChat muc(XMPPTCPConnection connection, String room) {
    return MultiUserChatManager.getInstanceFor(connection).getMultiUserChat(bare(room));
  }

  static EntityBareJid bare(String jid) {
    return JidCreate.entityBareFromOrThrowUnchecked(jid);
  }

  static Resourcepart nick(String nick) {
    return Resourcepart.fromOrThrowUnchecked(nick);
  }

  private static XMPPTCPConnection login(String user) {
    return Clients.connect(node, user, "secret-" + user, "muc");
  }
}

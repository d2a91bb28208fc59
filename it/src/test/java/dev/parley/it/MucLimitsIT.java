package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * Issue 6 §4 end to end: limits and bad input get the XEP-0045 error, never a crash or a silent
 * drop; and the list and decline use cases a real client library drives (§9.5, §7.8.2).
 */
class MucLimitsIT {
  private static final String SERVICE = MucIT.SERVICE;
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    List.of("alice", "bob", "carol").forEach(u -> node.user(u, "secret-" + u));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** §7.2.10: a full room refuses with service-unavailable; §7.2.9: a nickname in use conflicts. */
  @Test
  void aFullRoomAndATakenNicknameAreRefused() throws Exception {
    String room = "tiny@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    XMPPTCPConnection carol = login("carol");
    try {
      MultiUserChat aliceRoom = MucIT.muc(alice, room);
      aliceRoom.create(MucIT.nick("Alice"));
      FillableForm form = aliceRoom.getConfigurationForm().getFillableForm();
      form.setAnswer("muc#roomconfig_maxusers", "2");
      aliceRoom.sendConfigurationForm(form);
      assertThat(joinError(MucIT.muc(bob, room), MucIT.nick("Alice")))
          .isEqualTo(StanzaError.Condition.conflict);
      MucIT.muc(bob, room).join(MucIT.nick("Bob"));
      assertThat(joinError(MucIT.muc(carol, room), MucIT.nick("Carol")))
          .isEqualTo(StanzaError.Condition.service_unavailable);
    } finally {
      List.of(alice, bob, carol).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /**
   * §7.4 and §7.5: a groupchat message from a non-occupant is not-acceptable, a private message to
   * an absent nickname item-not-found, and a message over the service's size limit not-acceptable.
   */
  @Test
  void badMessagesGetErrors() throws Exception {
    String room = "strict@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    try {
      MucIT.muc(alice, room).create(MucIT.nick("Alice")).makeInstant();
      BlockingQueue<Message> bobErrors = errors(bob);
      send(bob, room, Message.Type.groupchat, "let me in");
      assertThat(Await.next("error for a non-occupant", bobErrors).getError().getCondition())
          .isEqualTo(StanzaError.Condition.not_acceptable);

      BlockingQueue<Message> aliceErrors = errors(alice);
      send(alice, room + "/Nobody", Message.Type.chat, "hello?");
      assertThat(Await.next("error for an absent nickname", aliceErrors).getError().getCondition())
          .isEqualTo(StanzaError.Condition.item_not_found);

      send(alice, room, Message.Type.groupchat, "x".repeat(70_000));
      assertThat(Await.next("error for a huge message", aliceErrors).getError().getCondition())
          .isEqualTo(StanzaError.Condition.not_acceptable);
      assertThat(alice.isConnected()).as("the session survives").isTrue();
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  /** §9.5 member list, §10.5 owner list, §7.8.2 a declined invitation reaches the inviter. */
  @Test
  void listsAndDeclinedInvitations() throws Exception {
    String room = "club@" + SERVICE;
    XMPPTCPConnection alice = login("alice");
    XMPPTCPConnection bob = login("bob");
    try {
      MultiUserChat aliceRoom = MucIT.muc(alice, room);
      aliceRoom.create(MucIT.nick("Alice")).makeInstant();
      aliceRoom.grantMembership(JidCreate.entityBareFrom("carol@" + TestNode.DOMAIN));
      assertThat(aliceRoom.getMembers())
          .extracting(Affiliate::getJid)
          .extracting(Object::toString)
          .containsExactly("carol@" + TestNode.DOMAIN);
      assertThat(aliceRoom.getOwners())
          .extracting(Affiliate::getJid)
          .extracting(Object::toString)
          .containsExactly("alice@" + TestNode.DOMAIN);

      BlockingQueue<String> declines = new LinkedBlockingQueue<>();
      aliceRoom.addInvitationRejectionListener(
          (invitee, reason, message, decline) -> declines.add(invitee + "|" + reason));
      aliceRoom.invite(JidCreate.entityBareFrom("bob@" + TestNode.DOMAIN), "join us");
      MultiUserChatManager.getInstanceFor(bob)
          .decline(MucIT.bare(room), JidCreate.entityBareFrom("alice@" + TestNode.DOMAIN), "busy");
      assertThat(Await.next("the decline at alice", declines))
          .isEqualTo("bob@" + TestNode.DOMAIN + "|busy");
    } finally {
      List.of(alice, bob).forEach(XMPPTCPConnection::disconnect);
    }
  }

  private static StanzaError.Condition joinError(MultiUserChat muc, Resourcepart nick) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> muc.join(nick));
    assertThat(thrown).isInstanceOf(XMPPException.XMPPErrorException.class);
    return ((XMPPException.XMPPErrorException) thrown).getStanzaError().getCondition();
  }

  private static BlockingQueue<Message> errors(XMPPTCPConnection connection) {
    BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    connection.addStanzaListener(
        s -> queue.add((Message) s),
        s -> s instanceof Message m && m.getType() == Message.Type.error);
    return queue;
  }

  private static void send(XMPPTCPConnection from, String to, Message.Type type, String body)
      throws Exception {
    from.sendStanza(
        from.getStanzaFactory()
            .buildMessageStanza()
            .to(JidCreate.from(to))
            .ofType(type)
            .setBody(body)
            .build());
  }

  private static XMPPTCPConnection login(String user) {
    return Clients.connect(node, user, "secret-" + user, "muc");
  }
}

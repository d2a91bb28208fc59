package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.blocking.BlockingCommandManager;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.jivesoftware.smackx.carbons.packet.CarbonExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** RFC 6121 with real clients: roster, subscriptions, presence, messages, offline, carbons. */
class ImIT {
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    for (String user :
        List.of(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "henry", "ivan", "judy")) {
      node.user(user, "secret-" + user);
    }
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static XMPPTCPConnection login(String user, String resource) {
    return Clients.connect(node, user, "secret-" + user, resource);
  }

  private static EntityBareJid jid(String user) throws Exception {
    return JidCreate.entityBareFrom(user + "@localhost");
  }

  @Test
  void subscriptionBothWaysShowsPresenceAndRosterItems() throws Exception {
    XMPPTCPConnection alice = login("alice", "home");
    XMPPTCPConnection bob = login("bob", "home");
    try {
      Roster aliceRoster = Roster.getInstanceFor(alice);
      Roster bobRoster = Roster.getInstanceFor(bob);
      bobRoster.setSubscriptionMode(Roster.SubscriptionMode.accept_all);
      aliceRoster.setSubscriptionMode(Roster.SubscriptionMode.accept_all);
      aliceRoster.createItemAndRequestSubscription(jid("bob"), "Bob", new String[] {"Friends"});
      Await.until(
          "alice is subscribed to bob", () -> isTo(aliceRoster.getEntry(jidUnchecked("bob"))));
      Await.until(
          "alice sees bob online",
          () -> aliceRoster.getPresence(jidUnchecked("bob")).isAvailable());
      bobRoster.createItemAndRequestSubscription(jid("alice"), "Alice", null);
      Await.until(
          "bob sees alice online",
          () -> bobRoster.getPresence(jidUnchecked("alice")).isAvailable());
      Await.until(
          "both are subscribed both ways",
          () ->
              aliceRoster.getEntry(jidUnchecked("bob")).getType()
                      == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.both
                  && bobRoster.getEntry(jidUnchecked("alice")).getType()
                      == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.both);
      assertThat(aliceRoster.getEntry(jid("bob")).getName()).isEqualTo("Bob");
      assertThat(aliceRoster.getEntry(jid("bob")).getGroups())
          .extracting(g -> g.getName())
          .containsExactly("Friends");
      bob.disconnect();
      Await.until(
          "alice sees bob go offline",
          () -> !aliceRoster.getPresence(jidUnchecked("bob")).isAvailable());
    } finally {
      alice.disconnect();
      bob.disconnect();
    }
  }

  private static boolean isTo(RosterEntry entry) {
    return entry != null
        && (entry.getType() == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.to
            || entry.getType() == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.both);
  }

  private static EntityBareJid jidUnchecked(String user) {
    try {
      return jid(user);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMessageToAnOnlineUserArrivesFromTheSendersFullJid() throws Exception {
    XMPPTCPConnection carol = login("carol", "desk");
    XMPPTCPConnection dave = login("dave", "desk");
    try {
      BlockingQueue<Message> received = new LinkedBlockingQueue<>();
      dave.addAsyncStanzaListener(s -> received.add((Message) s), MessageTypeFilter.CHAT);
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(jid("dave"))
              .ofType(Message.Type.chat)
              .setBody("hello dave")
              .build());
      Message message = Await.next("dave's message", received);
      assertThat(message.getBody()).isEqualTo("hello dave");
      assertThat(message.getFrom().toString()).isEqualTo("carol@localhost/desk");
    } finally {
      carol.disconnect();
      dave.disconnect();
    }
  }

  @Test
  void aMessageToAnOfflineUserIsStoredAndDeliveredWithADelayAtLogin() throws Exception {
    XMPPTCPConnection carol = login("carol", "offline-test");
    try {
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(jid("erin"))
              .ofType(Message.Type.chat)
              .setBody("while you were away")
              .build());
      Await.until(
          "the message is stored",
          () ->
              node.node()
                      .stores()
                      .offline()
                      .count(dev.parley.protocol.BareJid.of("erin", "localhost"))
                  == 1);
    } finally {
      carol.disconnect();
    }
    BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    XMPPTCPConnection erin =
        Clients.connect(
            Clients.config(node, "erin", "secret-erin", "phone").setSendPresence(false),
            c -> {
              c.addAsyncStanzaListener(s -> received.add((Message) s), MessageTypeFilter.CHAT);
              return c;
            });
    try {
      erin.sendStanza(erin.getStanzaFactory().buildPresenceStanza().build());
      Message message = Await.next("the offline message", received);
      assertThat(message.getBody()).isEqualTo("while you were away");
      assertThat(DelayInformation.from(message)).isNotNull();
      assertThat(
              node.node()
                  .stores()
                  .offline()
                  .count(dev.parley.protocol.BareJid.of("erin", "localhost")))
          .isZero();
    } finally {
      erin.disconnect();
    }
  }

  @Test
  void carbonsCopyAMessageToTheOtherResource() throws Exception {
    XMPPTCPConnection phone = login("frank", "phone");
    XMPPTCPConnection laptop = login("frank", "laptop");
    XMPPTCPConnection carol = login("carol", "carbons");
    try {
      CarbonManager.getInstanceFor(phone).enableCarbons();
      CarbonManager.getInstanceFor(laptop).enableCarbons();
      BlockingQueue<Message> copies = new LinkedBlockingQueue<>();
      laptop.addAsyncStanzaListener(s -> copies.add((Message) s), StanzaTypeFilter.MESSAGE);
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(JidCreate.entityFullFrom("frank@localhost/phone"))
              .ofType(Message.Type.chat)
              .setBody("to your phone")
              .build());
      Message copy = Await.next("the received carbon", copies);
      CarbonExtension carbon = CarbonExtension.from(copy);
      assertThat(carbon).isNotNull();
      assertThat(carbon.getDirection()).isEqualTo(CarbonExtension.Direction.received);
      assertThat(carbon.getForwarded().getForwardedStanza().getBody()).isEqualTo("to your phone");
    } finally {
      phone.disconnect();
      laptop.disconnect();
      carol.disconnect();
    }
  }

  @Test
  void aBlockedSenderGetsAnErrorAndTheMessageIsNotDelivered() throws Exception {
    XMPPTCPConnection grace = login("grace", "home");
    XMPPTCPConnection carol = login("carol", "blocked");
    try {
      BlockingCommandManager.getInstanceFor(grace).blockContacts(List.of(jid("carol")));
      BlockingQueue<Message> atGrace = new LinkedBlockingQueue<>();
      grace.addAsyncStanzaListener(s -> atGrace.add((Message) s), StanzaTypeFilter.MESSAGE);
      BlockingQueue<Message> errors = new LinkedBlockingQueue<>();
      carol.addAsyncStanzaListener(s -> errors.add((Message) s), MessageTypeFilter.ERROR);
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(jid("grace"))
              .ofType(Message.Type.chat)
              .setBody("can you hear me")
              .build());
      Message error = Await.next("the error", errors);
      assertThat(error.getError().getCondition())
          .isEqualTo(StanzaError.Condition.service_unavailable);
      assertThat(atGrace).isEmpty();
    } finally {
      grace.disconnect();
      carol.disconnect();
    }
  }

  @Test
  void aDroppedConnectionResumesAndNoMessageIsLost() throws Exception {
    XMPPTCPConnection henry = login("henry", "mobile");
    XMPPTCPConnection carol = login("carol", "resume");
    try {
      assertThat(henry.isSmEnabled()).isTrue();
      assertThat(henry.isSmResumptionPossible()).isTrue();
      BlockingQueue<Message> received = new LinkedBlockingQueue<>();
      henry.addAsyncStanzaListener(s -> received.add((Message) s), MessageTypeFilter.CHAT);
      henry.instantShutdown();
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(JidCreate.entityFullFrom("henry@localhost/mobile"))
              .ofType(Message.Type.chat)
              .setBody("sent while your train was in a tunnel")
              .build());
      henry.connect().login();
      assertThat(henry.streamWasResumed()).isTrue();
      assertThat(Await.next("the message sent during the outage", received).getBody())
          .isEqualTo("sent while your train was in a tunnel");
    } finally {
      henry.disconnect();
      carol.disconnect();
    }
  }

  /**
   * A message to an online user is routed on the event loop, an IQ off it: a message must still not
   * overtake the IQ sent before it (RFC 6120 §10.1, in-order processing).
   */
  @Test
  void stanzasArriveInTheOrderSentWhicheverPathTheyTake() throws Exception {
    try (RawClient ivan = new RawClient(node);
        RawClient judy = new RawClient(node)) {
      judy.login("judy", "secret-judy", "desk");
      ivan.login("ivan", "secret-ivan", "desk");
      StringBuilder burst = new StringBuilder();
      List<String> sent = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        burst
            .append("<iq type='get' id='q")
            .append(i)
            .append("' to='judy@localhost/desk'><ping xmlns='urn:xmpp:ping'/></iq>")
            .append("<message type='chat' id='m")
            .append(i)
            .append("' to='judy@localhost/desk'><body>")
            .append(i)
            .append("</body></message>");
        sent.add("q" + i);
        sent.add("m" + i);
      }
      ivan.send(burst.toString()); // one write: the server reads them back to back

      String text = judy.await("id=\"m99\"", java.time.Duration.ofSeconds(20));
      List<String> received =
          java.util.regex.Pattern.compile("<(?:iq|message)[^>]* id=\"([qm][0-9]+)\"")
              .matcher(text)
              .results()
              .map(match -> match.group(1))
              .toList();
      assertThat(received).containsExactlyElementsOf(sent);
    }
  }
}

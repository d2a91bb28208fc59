package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.PeerLab.Kind;
import dev.parley.it.PeerLab.PeerSpec;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.peers.XmppPeer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The end-to-end case with a real Prosody peer: the Parley user jdoe@im.example.com has the
 * email john.doe@example.com; with email addresses for federation turned on (and the Router
 * restarted), a Prosody user adds john.doe@example.com, subscribes, chats, and everything that
 * arrives from Parley comes from john.doe@example.com, never from im.example.com.
 *
 * <p>example.com is an email domain of the node ({@code federation.email-domains}): served over
 * federation (its SRV record points at the node, dialback and certificate cover it) but not a
 * domain clients log in to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailFederationIT {
  private static final String IM = "im.example.com";
  private static final String EMAIL_DOMAIN = "example.com";

  private PeerLab lab;
  private ParleyNode parley;
  private XmppPeer prosody;

  @BeforeAll
  void start() {
    // Its own /24, apart from the interop (127.0.44.x) and chat room (127.0.47.x) tests.
    lab = new PeerLab(PeerLab.Plan.of("email", "127.0.46").domain(IM).emailDomains(EMAIL_DOMAIN));
    prosody = lab.peer(PeerSpec.of(Kind.PROSODY, SecurityMode.NO_TLS));
    parley = lab.parley(SecurityMode.NO_TLS);
  }

  @AfterAll
  void stop() {
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void aProsodyUserSeesTheParleyUserOnlyByEmailAddress() throws Exception {
    parley.accounts().create(BareJid.of("jdoe", IM), "jdoe-secret".toCharArray(), false);
    prosody.register("bob", "bob-secret");

    // The operator's steps: the user's email, the setting, the Router restart.
    assertThat(
            api(
                "PUT",
                "/api/users/jdoe@im.example.com/email",
                "{\"email\":\"john.doe@example.com\"}"))
        .contains("john.doe@example.com");
    assertThat(api("PUT", "/api/federation/email-addresses", "{\"enabled\":true}"))
        .contains("\"restartPending\":true");
    assertThat(api("GET", "/api/services", null)).contains("\"restartPending\":true");
    api("POST", "/api/services/router/restart", "");
    assertThat(api("GET", "/api/federation/email-addresses", null))
        .contains("\"applied\":true")
        .contains("\"restartPending\":false");

    XMPPTCPConnection jdoe = parleyClient();
    XMPPTCPConnection bob = prosodyClient();
    try {
      List<Stanza> fromParley = new CopyOnWriteArrayList<>();
      bob.addAsyncStanzaListener(
          s -> {
            if (s.getFrom() != null && s.getFrom().getDomain().toString().endsWith("example.com")) {
              fromParley.add(s);
            }
          },
          s -> true);
      BlockingQueue<Message> bobInbox = inbox(bob);
      BlockingQueue<Message> jdoeInbox = inbox(jdoe);
      org.jxmpp.jid.BareJid johnDoe = JidCreate.bareFrom("john.doe@example.com");
      org.jxmpp.jid.BareJid bobJid = JidCreate.bareFrom("bob@prosody.test");

      Roster.getInstanceFor(bob).createItemAndRequestSubscription(johnDoe, "John", null);
      Roster.getInstanceFor(jdoe).createItemAndRequestSubscription(bobJid, "Bob", null);
      Await.until(
          "bob sees john.doe@example.com online",
          () -> Roster.getInstanceFor(bob).getPresence(johnDoe).isAvailable());
      Await.until(
          "jdoe sees bob online",
          () -> Roster.getInstanceFor(jdoe).getPresence(bobJid).isAvailable());
      Await.until(
          "bob's roster holds john.doe@example.com with subscription both",
          () -> {
            RosterEntry entry = Roster.getInstanceFor(bob).getEntry(johnDoe);
            return entry != null
                && entry.getType()
                    == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.both;
          });
      // The local roster holds the remote contact's JID, unchanged.
      assertThat(Roster.getInstanceFor(jdoe).getEntry(bobJid)).isNotNull();

      bob.sendStanza(chat(bob, johnDoe, "hello John"));
      Message atJdoe = Await.next("bob's message at jdoe", jdoeInbox);
      assertThat(atJdoe.getBody()).isEqualTo("hello John");
      assertThat(atJdoe.getFrom().asBareJid().toString()).isEqualTo("bob@prosody.test");

      jdoe.sendStanza(chat(jdoe, bobJid, "hello Bob"));
      Message atBob = Await.next("jdoe's reply at bob", bobInbox);
      assertThat(atBob.getBody()).isEqualTo("hello Bob");
      assertThat(atBob.getFrom().asBareJid().toString()).isEqualTo("john.doe@example.com");

      assertThat(fromParley).isNotEmpty();
      assertThat(fromParley)
          .as("every stanza bob got from Parley's side")
          .allSatisfy(
              s ->
                  assertThat(s.getFrom().asBareJid().toString()).isEqualTo("john.doe@example.com"));
      assertThat(api("GET", "/api/federation/email-addresses/impact", null))
          .contains("jdoe@im.example.com")
          .contains("bob@prosody.test");
    } finally {
      jdoe.disconnect();
      bob.disconnect();
    }
  }

  private String api(String method, String path, String body) throws Exception {
    return lab.adminApi(method, path, body);
  }

  private XMPPTCPConnection parleyClient() {
    return lab.parleyClient("jdoe", "jdoe-secret", PeerLab::acceptAll);
  }

  private XMPPTCPConnection prosodyClient() {
    return PeerLab.peerClient(prosody, "bob", "bob-secret", PeerLab::acceptAll);
  }

  private static Message chat(XMPPTCPConnection from, org.jxmpp.jid.BareJid to, String body) {
    return from.getStanzaFactory()
        .buildMessageStanza()
        .to(to)
        .ofType(Message.Type.chat)
        .setBody(body)
        .build();
  }

  private static BlockingQueue<Message> inbox(XMPPTCPConnection connection) {
    BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    connection.addAsyncStanzaListener(s -> inbox.add((Message) s), MessageTypeFilter.CHAT);
    return inbox;
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Well-behaved Smack sessions on the node under attack: carol sends, dave and bob receive. After a
 * hostile case they prove the node still routes for everyone else, and that nothing the hostile
 * client addressed to bob ever reached him.
 */
final class HostileInputWitnesses implements AutoCloseable {
  private final XMPPTCPConnection carol;
  private final XMPPTCPConnection dave;
  private final XMPPTCPConnection bob;
  private final BlockingQueue<String> daveInbox = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> bobInbox = new LinkedBlockingQueue<>();
  private final AtomicInteger markers = new AtomicInteger();

  private HostileInputWitnesses(
      XMPPTCPConnection carol, XMPPTCPConnection dave, XMPPTCPConnection bob) {
    this.carol = carol;
    this.dave = dave;
    this.bob = bob;
    listen(dave, daveInbox);
    listen(bob, bobInbox);
  }

  /** Creates carol, dave and bob (passwords equal to their names) and logs them in. */
  static HostileInputWitnesses connect(TestNode node) {
    for (String user : new String[] {"carol", "dave", "bob"}) {
      node.user(user, user);
    }
    return new HostileInputWitnesses(
        Clients.connect(node, "carol", "carol", "desk"),
        Clients.connect(node, "dave", "dave", "desk"),
        Clients.connect(node, "bob", "bob", "desk"));
  }

  private static void listen(XMPPTCPConnection connection, BlockingQueue<String> inbox) {
    connection.addAsyncStanzaListener(
        stanza -> {
          Message message = (Message) stanza;
          if (message.getBody() != null) {
            inbox.add(message.getBody());
          }
        },
        StanzaTypeFilter.MESSAGE);
  }

  /**
   * Carol sends a fresh marker to dave and to bob; each must arrive as the very next message, so
   * the node still routes and no hostile stanza slipped through to bob before it.
   */
  void assertUnharmed() {
    assertThat(carol.isAuthenticated()).as("carol is still connected").isTrue();
    String marker = "still-alive-" + markers.incrementAndGet();
    send("dave@localhost", marker);
    send("bob@localhost", marker);
    assertThat(Await.next("carol's marker at dave", daveInbox)).isEqualTo(marker);
    assertThat(Await.next("carol's marker at bob", bobInbox))
        .as("bob's next message (anything else came from a hostile client)")
        .isEqualTo(marker);
  }

  private void send(String to, String body) {
    try {
      carol.sendStanza(
          carol
              .getStanzaFactory()
              .buildMessageStanza()
              .to(JidCreate.entityBareFromOrThrowUnchecked(to))
              .setBody(body)
              .build());
    } catch (SmackException.NotConnectedException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    carol.disconnect();
    dave.disconnect();
    bob.disconnect();
  }
}

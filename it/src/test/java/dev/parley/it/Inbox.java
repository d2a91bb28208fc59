package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.impl.JidCreate;

/**
 * What one Smack client receives: chat messages and error bounces, each in its own queue, with the
 * checks the federation failure tests make on both sides.
 */
final class Inbox {
  static final String PARLEY_ERRORS = "urn:parley:errors:0";
  final XMPPTCPConnection connection;
  private final BlockingQueue<Message> chats = new LinkedBlockingQueue<>();
  private final BlockingQueue<Message> errors = new LinkedBlockingQueue<>();

  Inbox(XMPPTCPConnection connection) {
    this.connection = connection;
    connection.addAsyncStanzaListener(s -> chats.add((Message) s), MessageTypeFilter.CHAT);
    connection.addAsyncStanzaListener(s -> errors.add((Message) s), MessageTypeFilter.ERROR);
  }

  /** Sends a chat message to {@code to} (a bare JID). */
  void send(String to, String body) {
    try {
      connection.sendStanza(
          connection
              .getStanzaFactory()
              .buildMessageStanza()
              .to(JidCreate.entityBareFromOrThrowUnchecked(to))
              .ofType(Message.Type.chat)
              .setBody(body)
              .build());
    } catch (org.jivesoftware.smack.SmackException.NotConnectedException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Message nextChat(String what) {
    return Await.next(what, chats);
  }

  Message nextError(String what) {
    return Await.next(what, errors);
  }

  /** Nothing arrives for {@code quiet}: the receiver's side of a failure. */
  void assertNoChat(Duration quiet) {
    try {
      Message unexpected = chats.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(unexpected).as("a message that should not have been delivered").isNull();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** No error comes back for {@code quiet}. */
  void assertNoError(Duration quiet) {
    try {
      Message unexpected = errors.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(unexpected).as("an unexpected bounce").isNull();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The name of the {@code <reason xmlns='urn:parley:errors:0'/>} child, or "" without one. */
  static String reason(Message bounce) {
    // Smack keeps unknown error children but offers no list of them: read the error's XML.
    Matcher child =
        Pattern.compile("<([A-Za-z0-9-]+) xmlns=['\"]" + Pattern.quote(PARLEY_ERRORS) + "['\"]")
            .matcher(bounce.getError().toXML().toString());
    return child.find() ? child.group(1) : "";
  }

  /** Checks a bounce: condition, reason child and the words its text must hold. */
  static void assertBounce(
      Message bounce, StanzaError.Condition condition, String reason, String... words) {
    StanzaError error = bounce.getError();
    assertThat(error).as("an error stanza").isNotNull();
    assertThat(error.getCondition()).as(error.toString()).isEqualTo(condition);
    assertThat(reason(bounce)).as("reason of " + error).isEqualTo(reason);
    for (String word : words) {
      assertThat(error.getDescriptiveText()).as("text of the error").containsIgnoringCase(word);
    }
  }

  static final Duration QUIET = Duration.ofSeconds(2);
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.muc.packet.MUCUser;

/**
 * Everything one client receives from one room ({@code room@service} and {@code
 * room@service/nick}): presences and messages in their own queues, so a test can assert on exactly
 * what arrived, in order, rather than on Smack's interpretation of it.
 */
final class RoomWatch {
  private final BlockingQueue<Presence> presences = new LinkedBlockingQueue<>();
  private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();

  /** Starts recording what {@code connection} receives from {@code room} (a bare JID). */
  RoomWatch(XMPPConnection connection, String room) {
    // A synchronous listener: Smack calls it in arrival order (asynchronous ones may run out of
    // order), and the order of a room's stanzas is part of what is tested (history, 303 then 110).
    connection.addStanzaListener(
        s -> {
          if (s instanceof Presence p) {
            presences.add(p);
          } else if (s instanceof Message m) {
            messages.add(m);
          }
        },
        s -> s.getFrom() != null && s.getFrom().asBareJid().toString().equals(room));
  }

  /** The next presence from {@code nick} (any type), skipping other occupants' presences. */
  Presence presenceOf(String nick) {
    return next("presence of " + nick, presences, p -> nick.equals(nickOf(p)));
  }

  /** The next presence from {@code nick} matching {@code filter}, skipping others. */
  Presence presenceOf(String nick, Predicate<Presence> filter) {
    return next("presence of " + nick, presences, p -> nick.equals(nickOf(p)) && filter.test(p));
  }

  /** The next message matching {@code filter}, skipping others. */
  Message message(String what, Predicate<Message> filter) {
    return next(what, messages, filter);
  }

  /** The next groupchat message with {@code body}, skipping others. */
  Message groupchat(String body) {
    return message(
        "groupchat '" + body + "'",
        m -> m.getType() == Message.Type.groupchat && body.equals(m.getBody()));
  }

  /** Nothing matching {@code filter} arrives for {@code quiet}. */
  void assertNoMessage(Duration quiet, Predicate<Message> filter) {
    long deadline = System.nanoTime() + quiet.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        Message m = messages.poll(10, TimeUnit.MILLISECONDS);
        assertThat(m != null && filter.test(m)).as("unexpected message %s", m).isFalse();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Forgets what arrived so far. */
  void clear() {
    presences.clear();
    messages.clear();
  }

  static String nickOf(Stanza stanza) {
    return stanza.getFrom().getResourceOrEmpty().toString();
  }

  /** The status codes of a presence or message from a room (XEP-0045 §15.6). */
  static Set<Integer> codes(Stanza stanza) {
    MUCUser user = MUCUser.from(stanza);
    return user == null
        ? Set.of()
        : user.getStatus().stream().map(MUCUser.Status::getCode).collect(Collectors.toSet());
  }

  /** What is left in the presence queue, for failure messages. */
  List<Presence> pendingPresences() {
    return List.copyOf(presences);
  }

  private static <T> T next(String what, BlockingQueue<T> queue, Predicate<T> filter) {
    long deadline = System.nanoTime() + Await.TIMEOUT.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        T item = left <= 0 ? null : queue.poll(left, TimeUnit.NANOSECONDS);
        if (item == null) {
          throw new AssertionError("timed out waiting for " + what);
        }
        if (filter.test(item)) {
          return item;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what);
    }
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/**
 * A client that stops reading while another floods it: its connection is closed with {@code
 * policy-violation} once the server holds 4 MiB for it (c2s outbound limits), the flooder and a
 * third user carry on, and every flooded message is either read by the slow client before the
 * close, kept offline, or bounced to the flooder (RFC 6121 §8.5.2.1.1, offline quota of 5).
 */
class SlowClientIT {
  private static final int MESSAGES = 1_500;
  private static final String PADDING = "x".repeat(8 * 1024);
  private static final Pattern STANZA = Pattern.compile("<message\\b.*?</message>", Pattern.DOTALL);
  private static final Pattern MARK = Pattern.compile("flood-(\\d+):");

  @Test
  void aClientThatStopsReadingIsClosedAndNothingIsLost() throws Exception {
    try (TestNode node = TestNode.start();
        LogCapture log = new LogCapture("dev.parley.c2s")) {
      node.user("juliet", "secret-juliet");
      node.user("romeo", "secret-romeo");
      node.user("nurse", "secret-nurse");
      XMPPTCPConnection romeo = Clients.connect(node, "romeo", "secret-romeo", "flood");
      XMPPTCPConnection nurse = Clients.connect(node, "nurse", "secret-nurse", "desk");
      Set<Integer> bounced = ConcurrentHashMap.newKeySet();
      romeo.addAsyncStanzaListener(
          s -> bounced.add(Integer.parseInt(s.getStanzaId().substring(2))),
          MessageTypeFilter.ERROR);
      Inbox nurseInbox = new Inbox(nurse);
      Inbox romeoInbox = new Inbox(romeo);
      try (SlowReader juliet = new SlowReader(node, "juliet", "secret-juliet")) {
        for (int i = 0; i < MESSAGES; i++) {
          romeo.sendStanza(
              org.jivesoftware.smack.packet.StanzaBuilder.buildMessage("m-" + i)
                  .to(JidCreate.entityFullFrom("juliet@localhost/slow"))
                  .ofType(Message.Type.chat)
                  .setBody("flood-" + i + ":" + PADDING)
                  .build());
        }
        Await.until(
            "the slow client's connection is closed for not reading",
            () -> !log.matching("did not read its data").isEmpty());
        String line = log.matching("did not read its data").get(0);
        assertThat(line).contains("juliet@localhost/slow").contains("pending-bytes");
        long pending = Long.parseLong(line.replaceAll(".*data, (\\d+) bytes pending.*", "$1"));
        assertThat(pending).isBetween(4L * 1024 * 1024, 4L * 1024 * 1024 + 512 * 1024);

        String read = juliet.drain(Duration.ofSeconds(20));
        assertThat(read).contains("<policy-violation").contains("the client did not read its data");
        Set<Integer> seen = marks(read);

        // The flooder and a third user are unaffected.
        nurseInbox.send("romeo@localhost", "still there?");
        assertThat(romeoInbox.nextChat("nurse's message").getBody()).isEqualTo("still there?");
        romeoInbox.send("nurse@localhost", "yes");
        assertThat(nurseInbox.nextChat("romeo's answer").getBody()).isEqualTo("yes");

        Await.until(
            "every flooded message read, stored or bounced",
            () -> seen.size() + bounced.size() + 5 >= MESSAGES);
        XMPPTCPConnection again = Clients.connect(node, "juliet", "secret-juliet", "again");
        Inbox offline = new Inbox(again);
        for (int i = 0; i < 5; i++) {
          Matcher mark = MARK.matcher(offline.nextChat("an offline message").getBody());
          assertThat(mark.find()).isTrue();
          seen.add(Integer.parseInt(mark.group(1)));
        }
        again.disconnect();
        Set<Integer> accounted = new java.util.HashSet<>(seen);
        accounted.addAll(bounced);
        List<Integer> lost =
            IntStream.range(0, MESSAGES).filter(i -> !accounted.contains(i)).boxed().toList();
        assertThat(lost).as("flooded messages neither read, stored nor bounced").isEmpty();
        assertThat(bounced).isNotEmpty();
      } finally {
        romeo.disconnect();
        nurse.disconnect();
      }
      Counter closed =
          node.node()
              .metrics()
              .find("parley.c2s.slow-client.closed")
              .tag("reason", "pending-bytes")
              .counter();
      assertThat(closed).isNotNull();
      assertThat(closed.count()).isEqualTo(1.0);
    }
  }

  private static Set<Integer> marks(String text) {
    Matcher stanzas = STANZA.matcher(text);
    Set<Integer> found = ConcurrentHashMap.newKeySet();
    while (stanzas.find()) {
      Matcher mark = MARK.matcher(stanzas.group());
      if (mark.find()) {
        found.add(Integer.parseInt(mark.group(1)));
      }
    }
    return found.stream().collect(Collectors.toCollection(ConcurrentHashMap::newKeySet));
  }
}

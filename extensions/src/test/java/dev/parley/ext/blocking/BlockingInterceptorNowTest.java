package dev.parley.ext.blocking;

import static dev.parley.ext.testing.Requests.stanza;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.InMemoryBlockListStore;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.server.Verdict;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdicts asked on an event loop: given from memory once the owner's list has been read, the
 * same as the blocking ones; unknown before.
 */
class BlockingInterceptorNowTest {
  private static final BareJid JULIET = BareJid.of("juliet", "capulet.com");
  private final InMemoryBlockListStore backing = new InMemoryBlockListStore();
  private final CachingBlockListStore lists = new CachingBlockListStore(backing);
  private final BlockingInterceptor interceptor = new BlockingInterceptor(lists);
  private final RecordingSession balcony = RecordingSession.of("juliet@capulet.com/balcony");
  private final Stanza toRomeo =
      stanza("<message to='romeo@montague.net'><body>x</body></message>");
  private final Stanza fromRomeo =
      stanza("<message from='romeo@montague.net/orchard'><body>x</body></message>");

  @Test
  void unknownUntilTheListIsInMemoryThenTheSameAsTheBlockingVerdict() {
    backing.block(JULIET, List.of(Jid.parse("romeo@montague.net")));

    assertThat(interceptor.outgoingNow(toRomeo, balcony)).isEmpty();
    assertThat(interceptor.incomingNow(fromRomeo, JULIET)).isEmpty();

    Verdict out = interceptor.outgoing(toRomeo, balcony);
    Verdict in = interceptor.incoming(fromRomeo, JULIET);
    assertThat(out).isInstanceOf(Verdict.Reject.class);
    assertThat(in).isInstanceOf(Verdict.Reject.class);
    assertThat(interceptor.outgoingNow(toRomeo, balcony)).contains(out);
    assertThat(interceptor.incomingNow(fromRomeo, JULIET)).contains(in);
  }

  @Test
  void stanzasTheListNeverFiltersPassWithoutReadingIt() {
    Stanza toOwnResource =
        stanza("<message to='juliet@capulet.com/chamber'><body>x</body></message>");
    Stanza fromOwnServer = stanza("<iq type='result' id='r' from='capulet.com'/>");

    assertThat(interceptor.outgoingNow(toOwnResource, balcony)).contains(Verdict.CONTINUE);
    assertThat(interceptor.incomingNow(fromOwnServer, JULIET)).contains(Verdict.CONTINUE);
    assertThat(lists.blockedInMemory(JULIET)).isEmpty();
  }

  @Test
  void aChangeForgetsTheVerdictUntilTheListIsReadAgain() {
    interceptor.outgoing(toRomeo, balcony);
    assertThat(interceptor.outgoingNow(toRomeo, balcony)).contains(Verdict.CONTINUE);

    lists.block(JULIET, List.of(Jid.parse("montague.net")));
    assertThat(interceptor.outgoingNow(toRomeo, balcony)).isEmpty();
    interceptor.outgoing(toRomeo, balcony);
    assertThat(interceptor.outgoingNow(toRomeo, balcony).orElseThrow())
        .isInstanceOf(Verdict.Reject.class);
  }
}

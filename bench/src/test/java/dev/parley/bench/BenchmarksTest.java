package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.XmlParsing;
import dev.parley.protocol.XmlStreamException;
import org.junit.jupiter.api.Test;

/** Each benchmark body runs once here, so a broken benchmark fails the build, not the bench run. */
class BenchmarksTest {

  private static StanzaReadBenchmark reading(SampleStanzas sample) throws XmlStreamException {
    StanzaReadBenchmark benchmark = new StanzaReadBenchmark();
    benchmark.stanza = sample;
    benchmark.openStream();
    return benchmark;
  }

  @Test
  void readingTypesEachSampleAndCountsItsBytes() throws XmlStreamException {
    ByteCounter counter = new ByteCounter();

    assertThat(reading(SampleStanzas.CHAT).readAndType(counter)).isInstanceOf(Message.class);
    assertThat(reading(SampleStanzas.PRESENCE_CAPS).readAndType(counter))
        .isInstanceOfSatisfying(Presence.class, p -> assertThat(p.priority()).isEqualTo(5));
    assertThat(reading(SampleStanzas.ROSTER_50).readAndType(counter)).isInstanceOf(Iq.class);
    int total =
        SampleStanzas.CHAT.utf8().length
            + SampleStanzas.PRESENCE_CAPS.utf8().length
            + SampleStanzas.ROSTER_50.utf8().length;
    assertThat(counter.megabytes).isCloseTo(total / 1e6, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void oneReaderReadsTheSameStanzaAgainAndAgain() throws XmlStreamException {
    StanzaReadBenchmark benchmark = reading(SampleStanzas.CHAT);
    ByteCounter counter = new ByteCounter();

    Element first = benchmark.read(counter);
    for (int i = 0; i < 1000; i++) {
      benchmark.read(counter);
    }

    assertThat(benchmark.read(counter)).isEqualTo(first);
  }

  @Test
  void theRosterSampleHasFiftyItems() {
    Element roster = XmlParsing.parseElement(SampleStanzas.ROSTER_50.xml());

    assertThat(roster.child("query", Namespaces.ROSTER).orElseThrow().elements()).hasSize(50);
  }

  @Test
  void writingGivesXmlThatParsesBackToTheSample() {
    for (SampleStanzas sample : SampleStanzas.values()) {
      StanzaWriteBenchmark benchmark = new StanzaWriteBenchmark();
      benchmark.stanza = sample;
      benchmark.parseSample();
      ByteCounter counter = new ByteCounter();

      String xml = benchmark.write(counter);

      assertThat(XmlParsing.parseElement(xml)).isEqualTo(XmlParsing.parseElement(sample.xml()));
      assertThat(benchmark.writeUtf8(counter)).isNotEmpty();
      assertThat(counter.megabytes).isPositive();
    }
  }

  @Test
  void jidBenchmarksParseWhatTheyClaim() {
    JidParseBenchmark benchmark = new JidParseBenchmark();
    benchmark.fillCache();

    assertThat(benchmark.cached()).isInstanceOf(FullJid.class);
    assertThat(benchmark.uncachedFull()).hasToString("user0@example.com/Balcony");
    assertThat(benchmark.uncachedIdnBare()).hasToString("user1@münchen.example");
    assertThat(benchmark.uncachedFull()).isNotEqualTo(benchmark.uncachedFull());
    assertThat(benchmark.textOnly()).isEqualTo("User4@Example.COM/Balcony");
  }
}

package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.XmlParsing;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loss, duplicates, bounces and the measured window, fed by hand: no sockets. */
class MeasurementsTest {
  private static final long MS = 1_000_000L;

  private final Topology pairs = pairs(2);
  private final RunSettings settings =
      new RunSettings(100, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ZERO, 1, 10, 1);

  static Topology pairs(int n) {
    ClientSettings client =
        new ClientSettings(
            new Endpoint("a.test", "127.0.0.1", 5222),
            TlsPolicy.AUTO,
            Trust.context(Optional.empty()),
            "PLAIN",
            "load",
            Duration.ofSeconds(1));
    return new Topology.Pairs(
        new Side(client, new Accounts("a.test", "load", 0, n, "pw")),
        new Side(client, new Accounts("a.test", "load", n, n, "pw")));
  }

  @Test
  void countsLossDuplicatesAndOnlyTimesTheMeasuredWindow() {
    Measurements m = new Measurements(pairs, 0);
    m.window(1000 * MS, 2000 * MS);
    m.sent(500 * MS); // warm-up: counted for loss only
    m.sent(1500 * MS);
    m.sent(1600 * MS);
    m.received(0, new BenchStamp(0, 0, 500 * MS), 510 * MS);
    m.received(1, new BenchStamp(1, 0, 1500 * MS), 1502 * MS);
    m.received(1, new BenchStamp(1, 0, 1500 * MS), 1503 * MS); // duplicate

    Summary summary = m.summary("c2s", settings, 1.0);

    assertThat(summary.sent()).isEqualTo(3);
    assertThat(summary.received()).isEqualTo(2);
    assertThat(summary.lost()).isEqualTo(1);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.sentPerSecond()).isEqualTo(2.0);
    assertThat(summary.receivedPerSecond()).isEqualTo(1.0);
    assertThat(summary.latency().count()).isEqualTo(1);
    assertThat(summary.latency().max()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(summary.clean()).isFalse();
  }

  @Test
  void errorBouncesAndUnstampedMessagesAreNotDeliveries() {
    Measurements m = new Measurements(pairs, 0);
    m.sent(1);
    m.receiverSink()
        .message(0, XmlParsing.parseElement("<message xmlns='jabber:client' type='error'/>"));
    m.receiverSink().message(0, XmlParsing.parseElement("<message xmlns='jabber:client'/>"));

    Summary summary = m.summary("c2s", settings, 1.0);

    assertThat(summary.errors()).isEqualTo(1);
    assertThat(summary.received()).isZero();
    assertThat(summary.lost()).isEqualTo(1);
  }

  @Test
  void aWindowPlaceComesBackWhenThePairedReceiverGetsTheMessage() throws InterruptedException {
    Measurements m = new Measurements(pairs, 1);

    assertThat(m.acquire(1, MS)).isTrue();
    assertThat(m.acquire(1, MS)).isFalse();
    m.received(0, new BenchStamp(1, 0, 0), 1); // receiver 0 is not sender 1's pair
    assertThat(m.acquire(1, MS)).isFalse();
    m.received(1, new BenchStamp(1, 1, 0), 1);
    assertThat(m.acquire(1, MS)).isTrue();
  }

  @Test
  void jsonCarriesTheCountsAndPercentiles() {
    Measurements m = new Measurements(pairs, 0);
    m.window(0, 10 * MS);
    m.sent(1 * MS);
    m.received(0, new BenchStamp(0, 0, 1 * MS), 4 * MS);

    String json = m.summary("federation", settings, 2.0).toJson();

    assertThat(json)
        .startsWith("{\"scenario\":\"federation\",\"senders\":2,\"receivers\":2,")
        .contains("\"lost\":0", "\"receivedPerSecond\":0.5", "\"p50\":3.0");
  }
}

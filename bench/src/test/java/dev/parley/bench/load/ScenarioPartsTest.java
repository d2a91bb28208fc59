package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.XmlParsing;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The small values the scenarios are built from: addresses, accounts, stamps, schedules. */
class ScenarioPartsTest {

  @Test
  void endpointsParseHostAndPort() {
    assertThat(Endpoint.parse("a.test", "127.0.0.1:15222"))
        .isEqualTo(new Endpoint("a.test", "127.0.0.1", 15222));
    assertThat(Endpoint.parse("a.test", "xmpp.example")).extracting(Endpoint::port).isEqualTo(5222);
    assertThat(Endpoint.parse("a.test", "[::1]:5223"))
        .isEqualTo(new Endpoint("a.test", "::1", 5223));
    assertThatThrownBy(() -> Endpoint.parse("a.test", "host:port"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accountsNumberFromFirstAndMakeTheImportCsv() {
    Accounts receivers = new Accounts("a.test", "load", 10, 2, "pw");

    assertThat(receivers.jid(0)).isEqualTo("load10@a.test");
    assertThat(receivers.csv()).isEqualTo("load10@a.test,pw\nload11@a.test,pw\n");
  }

  @Test
  void aStampSurvivesTheWire() {
    String xml = new BenchStamp(7, 42, 123_456_789L).toMessage("load1@b.test", "a<b");

    assertThat(
            BenchStamp.from(
                XmlParsing.parseElement(
                    xml.replace("<message ", "<message xmlns='jabber:client' "))))
        .contains(new BenchStamp(7, 42, 123_456_789L));
    assertThat(xml).contains("<body>a&lt;b</body>", "to='load1@b.test'");
  }

  @Test
  void theScheduleSpreadsSendersEvenlyAndKeepsTheTotalRate() {
    RateSchedule schedule = new RateSchedule(4, 1000);

    assertThat(schedule.intervalNanos()).isEqualTo(4_000_000.0);
    assertThat(IntStream.range(0, 4).mapToLong(i -> schedule.offsetNanos(i, 0)))
        .containsExactly(0L, 1_000_000L, 2_000_000L, 3_000_000L);
    long inOneSecond =
        IntStream.range(0, 4)
            .mapToLong(
                i ->
                    java.util.stream.LongStream.iterate(0, k -> k + 1)
                        .takeWhile(k -> schedule.offsetNanos(i, k) < 1_000_000_000L)
                        .count())
            .sum();
    assertThat(inOneSecond).isEqualTo(1000);
  }

  @Test
  void durationsReadShortAndIsoForms() {
    DurationConverter converter = new DurationConverter();

    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("20s")).isEqualTo(Duration.ofSeconds(20));
    assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(converter.convert("PT1S")).isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> converter.convert("soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCommandLineRefusesAScenarioWithoutItsServers() {
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        dev.parley.bench.LoadTool.commandLine()
            .setErr(new java.io.PrintWriter(err))
            .execute("federation", "--from-domain", "a.test");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--from-server", "--to-domain", "--to-server");
  }
}

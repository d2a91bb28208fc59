package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoakReportTest {
  private static final long MIB = 1L << 20;

  private static SoakSample sample(
      double seconds, long heapMib, boolean collected, long rssKib, double cpu) {
    return new SoakSample(
        seconds, 1000, new HeapInfo(heapMib * MIB, 2 * heapMib * MIB), collected, rssKib, cpu, 5);
  }

  private static SoakReport report(List<SoakSample> samples, long drops, int answered) {
    return new SoakReport(
        1000,
        1000,
        4.0,
        new HeapInfo(40 * MIB, 100 * MIB),
        100_000,
        samples,
        new SoakSessions.PingResult(100, answered, 12.5),
        drops,
        drops > 0 ? "reset" : "",
        List.of("Run today"));
  }

  private static final List<SoakSample> SAMPLES =
      List.of(
          sample(0, 50, true, 110_000, Double.NaN),
          sample(30, 60, false, 111_000, 20.0),
          sample(60, 65, false, 112_000, 2.0),
          sample(90, 70, false, 113_000, 4.0),
          sample(120, 50, true, 120_000, 3.0));

  @Test
  void perSessionFiguresComeFromTheLastCollectedReadingAndTheBaseline() {
    SoakReport report = report(SAMPLES, 0, 100);
    // (50 - 40) MiB over 1000 sessions.
    assertThat(report.heapKibPerSession()).isCloseTo(10.24, within(1e-9));
    assertThat(report.rssKibPerSession()).isCloseTo(20.0, within(1e-9));
    // RSS less committed heap: (120,000 - 102,400) - (100,000 - 102,400) KiB over 1000 sessions.
    assertThat(report.offHeapRssKibPerSession()).isCloseTo(20.0, within(1e-9));
    assertThat(report.loginRate()).isCloseTo(250.0, within(1e-9));
    assertThat(report.maxCommittedBytes()).isEqualTo(140 * MIB);
  }

  @Test
  void idleCpuLeavesOutTheIntervalAfterAForcedGc() {
    // The 20 % interval follows the first reading's full GC; the median of 2, 4 and 3 is 3.
    assertThat(report(SAMPLES, 0, 100).idleCpuPercent()).isEqualTo(3.0);
  }

  @Test
  void aDropOrAMissingPingMakesTheRunUnclean() {
    assertThat(report(SAMPLES, 0, 100).clean()).isTrue();
    assertThat(report(SAMPLES, 1, 100).clean()).isFalse();
    assertThat(report(SAMPLES, 0, 99).clean()).isFalse();
  }

  @Test
  void theTableAndTheJsonCarryTheFigures() {
    SoakReport report = report(SAMPLES, 1, 100);
    assertThat(report.table())
        .contains("Run today")
        .contains("10.24 KiB/session")
        .contains("250.0 logins/s")
        .contains("last drop: reset")
        .contains("dropped while held 1");
    assertThat(report.json())
        .contains("\"heapKibPerSession\": 10.240")
        .contains("\"drops\": 1")
        .contains("\"offHeapRssKibPerSession\": 20.000")
        .contains("\"clean\": false")
        .contains("\"serverCpuPercent\":null")
        .contains("\"conditions\": [\"Run today\"]");
  }
}

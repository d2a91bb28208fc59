package dev.parley.bench.compare;

import dev.parley.bench.load.Summary;

/** Results from a load run's summary. */
final class RunResults {
  private RunResults() {}

  /** The delivered rate, with loss, errors and CPU per delivered stanza. */
  static Result rate(String metric, Summary summary, CpuWindow cpu) {
    return new Result(
        metric,
        true,
        summary.receivedPerSecond(),
        summary.lost(),
        summary.errors() + summary.disconnects() + summary.duplicates(),
        cpu.seconds(),
        summary.receivedPerSecond() * summary.seconds());
  }

  /** The 99th percentile latency in milliseconds. */
  static Result p99(String metric, Summary summary, CpuWindow cpu) {
    return new Result(
        metric,
        false,
        summary.latency().p99(),
        summary.lost(),
        summary.errors() + summary.disconnects() + summary.duplicates(),
        cpu.seconds(),
        summary.receivedPerSecond() * summary.seconds());
  }
}

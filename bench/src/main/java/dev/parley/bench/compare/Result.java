package dev.parley.bench.compare;

/**
 * One number a workload measured on one server in one run.
 *
 * @param metric what was measured, e.g. {@code chat max msg/s}; the report's row key
 * @param higherIsBetter false for memory and latency
 * @param value the measured value
 * @param lost stanzas that never arrived (must be 0)
 * @param errors error stanzas, failed logins and dropped connections
 * @param serverCpuSeconds the server's CPU seconds over the measured part, from /proc
 * @param units what the CPU was spent on (stanzas delivered, logins), for CPU per 1,000; 0 when not
 *     meaningful
 */
public record Result(
    String metric,
    boolean higherIsBetter,
    double value,
    long lost,
    long errors,
    double serverCpuSeconds,
    double units) {

  /** The server's CPU seconds per 1,000 units, NaN when there were none. */
  public double cpuPerThousand() {
    return units > 0 ? serverCpuSeconds / units * 1000 : Double.NaN;
  }

  /** A value with no loss, errors or CPU figure (memory). */
  static Result plain(String metric, boolean higherIsBetter, double value, long errors) {
    return new Result(metric, higherIsBetter, value, 0, errors, 0, 0);
  }
}

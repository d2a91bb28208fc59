package dev.parley.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums the samples of a Prometheus text exposition (format 0.0.4) per metric name, so that {@code
 * status} can show a few headline numbers without a Prometheus server.
 */
final class MetricsSummary {

  /** JVM and process metrics worth a line, in display order, when the node registers them. */
  private static final List<String> HEADLINES =
      List.of(
          "process_uptime_seconds",
          "process_cpu_usage",
          "jvm_threads_live_threads",
          "jvm_memory_used_bytes");

  private final Map<String, Double> totals;

  private MetricsSummary(Map<String, Double> totals) {
    this.totals = totals;
  }

  static MetricsSummary parse(String exposition) {
    Map<String, Double> totals = new TreeMap<>();
    for (String line : exposition.split("\n")) {
      String sample = line.strip();
      if (sample.isEmpty() || sample.startsWith("#")) {
        continue;
      }
      int nameEnd = nameEnd(sample);
      int valueStart = sample.indexOf(' ', sample.lastIndexOf('}') + 1);
      if (nameEnd <= 0 || valueStart < 0) {
        continue;
      }
      String[] rest = sample.substring(valueStart).strip().split("\\s+");
      try {
        totals.merge(sample.substring(0, nameEnd), Double.parseDouble(rest[0]), Double::sum);
      } catch (NumberFormatException e) {
        // NaN and ±Inf parse; anything else is not a sample line.
      }
    }
    return new MetricsSummary(totals);
  }

  /** The headline JVM metrics and every {@code parley_*} metric, with their totals. */
  Map<String, Double> headlines() {
    Map<String, Double> chosen = new LinkedHashMap<>();
    for (String name : HEADLINES) {
      if (totals.containsKey(name)) {
        chosen.put(name, totals.get(name));
      }
    }
    totals.forEach(
        (name, value) -> {
          if (name.startsWith("parley_")) {
            chosen.put(name, value);
          }
        });
    return chosen;
  }

  int metricCount() {
    return totals.size();
  }

  private static int nameEnd(String sample) {
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '{' || c == ' ') {
        return i;
      }
    }
    return -1;
  }
}

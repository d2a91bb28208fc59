package dev.parley.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a comparison measured: per metric, per server, the results of each run, plus the
 * workloads that failed or were not available (kept with their reason for the report).
 */
final class Outcomes {
  private final Map<String, Map<ServerKind, List<Result>>> byMetric = new LinkedHashMap<>();
  private final Map<ServerKind, String> software = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Double> ceilings = new LinkedHashMap<>();

  synchronized void add(ServerKind server, Result result) {
    byMetric
        .computeIfAbsent(result.metric(), m -> new LinkedHashMap<>())
        .computeIfAbsent(server, s -> new ArrayList<>())
        .add(result);
  }

  synchronized void software(ServerKind server, String version) {
    software.put(server, version);
  }

  /**
   * Records a self-test result as the tool's ceiling for its metric (rates only: a latency against
   * the echo endpoint bounds nothing).
   */
  synchronized void ceiling(Result selfTest) {
    if (selfTest.higherIsBetter() && selfTest.lost() == 0 && selfTest.errors() == 0) {
      ceilings.put(selfTest.metric(), selfTest.value());
    }
  }

  Map<String, Double> ceilings() {
    return ceilings;
  }

  /**
   * Whether {@code value} of {@code metric} is close enough to the tool's own ceiling (at least
   * {@link #NEAR_CEILING} of it) that the tool, not the server, may be what limited it.
   */
  boolean nearCeiling(String metric, double value) {
    Double ceiling = ceilings.get(metric);
    return ceiling != null && !exceeded(metric) && value >= NEAR_CEILING * ceiling;
  }

  /**
   * Whether a server's median went above the self-test's rate for {@code metric}: then the echo
   * endpoint, not the tool, limited the self-test, and its figure bounds nothing.
   */
  boolean exceeded(String metric) {
    Double ceiling = ceilings.get(metric);
    return ceiling != null
        && byMetric.getOrDefault(metric, Map.of()).values().stream()
            .filter(results -> !results.isEmpty())
            .anyMatch(results -> spread(results).median() > ceiling);
  }

  /** A result at or above this share of the tool's ceiling is marked as possibly tool-limited. */
  static final double NEAR_CEILING = 0.8;

  synchronized void problem(String text) {
    problems.add(text);
  }

  Map<String, Map<ServerKind, List<Result>>> byMetric() {
    return byMetric;
  }

  Map<ServerKind, String> software() {
    return software;
  }

  List<String> problems() {
    return problems;
  }

  /** Whether every run lost nothing and had no errors, and no workload failed. */
  boolean clean() {
    return problems.isEmpty()
        && byMetric.values().stream()
            .flatMap(m -> m.values().stream())
            .flatMap(List::stream)
            .allMatch(r -> r.lost() == 0 && r.errors() == 0);
  }

  /**
   * The best median among the peers (every server but Parley) for {@code metric}, empty when no
   * peer measured it.
   */
  Optional<Spread> bestPeer(String metric) {
    Map<ServerKind, List<Result>> servers = byMetric.getOrDefault(metric, Map.of());
    Optional<Spread> best = Optional.empty();
    for (var entry : servers.entrySet()) {
      if (entry.getKey() == ServerKind.PARLEY || entry.getValue().isEmpty()) {
        continue;
      }
      Spread spread = spread(entry.getValue());
      boolean higher = entry.getValue().get(0).higherIsBetter();
      if (best.isEmpty()
          || (higher
              ? spread.median() > best.get().median()
              : spread.median() < best.get().median())) {
        best = Optional.of(spread);
      }
    }
    return best;
  }

  static Spread spread(List<Result> results) {
    return Spread.of(results.stream().map(Result::value).toList());
  }
}

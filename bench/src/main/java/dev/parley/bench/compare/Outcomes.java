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

  synchronized void add(ServerKind server, Result result) {
    byMetric
        .computeIfAbsent(result.metric(), m -> new LinkedHashMap<>())
        .computeIfAbsent(server, s -> new ArrayList<>())
        .add(result);
  }

  synchronized void software(ServerKind server, String version) {
    software.put(server, version);
  }

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

package dev.parley.federation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The order in which to try SRV targets, by the selection algorithm of RFC 2782 ("Usage rules"):
 * lowest priority first; within one priority, a weighted random choice repeated until no record is
 * left. The random source is injected so tests can seed it.
 */
final class SrvOrdering {

  private final RandomGenerator random;

  SrvOrdering(RandomGenerator random) {
    this.random = random;
  }

  /** Returns every target once, in the order to try them. */
  List<SrvTarget> order(Collection<SrvTarget> targets) {
    Map<Integer, List<SrvTarget>> byPriority = new TreeMap<>();
    for (SrvTarget target : targets) {
      byPriority.computeIfAbsent(target.priority(), p -> new ArrayList<>()).add(target);
    }
    List<SrvTarget> ordered = new ArrayList<>(targets.size());
    for (List<SrvTarget> samePriority : byPriority.values()) {
      ordered.addAll(byWeight(samePriority));
    }
    return List.copyOf(ordered);
  }

  private List<SrvTarget> byWeight(List<SrvTarget> samePriority) {
    List<SrvTarget> remaining = new ArrayList<>(samePriority);
    // RFC 2782: the records may start in any order, except that those of weight 0 come first, so
    // they are chosen only when the random number is 0 (a small but non-zero chance). The shuffle
    // spreads the load when several records share weight 0; the sort is stable.
    Collections.shuffle(remaining, random);
    remaining.sort(Comparator.comparing(target -> target.weight() != 0));
    List<SrvTarget> chosen = new ArrayList<>(remaining.size());
    while (!remaining.isEmpty()) {
      long sum = 0;
      for (SrvTarget target : remaining) {
        sum += target.weight();
      }
      // RFC 2782: a uniform random number between 0 and the sum, both included; the first record
      // whose running sum is greater than or equal to it is selected.
      long pick = random.nextLong(sum + 1);
      long running = 0;
      for (int i = 0; i < remaining.size(); i++) {
        running += remaining.get(i).weight();
        if (running >= pick) {
          chosen.add(remaining.remove(i));
          break;
        }
      }
    }
    return chosen;
  }
}

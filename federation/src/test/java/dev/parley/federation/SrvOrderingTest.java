package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 2782 "Usage rules": priority order, then weighted random selection within a priority. */
class SrvOrderingTest {

  private static final int RUNS = 10_000;

  private static SrvTarget target(String host, int priority, int weight) {
    return new SrvTarget(host, 5269, priority, weight, false);
  }

  @Test
  void lowerPriorityAlwaysComesFirstWhateverTheWeights() {
    SrvOrdering ordering = new SrvOrdering(new Random(1));
    List<SrvTarget> targets =
        List.of(
            target("c", 30, 65_535), target("a", 10, 0), target("b", 20, 1), target("a2", 10, 5));
    for (int run = 0; run < 1_000; run++) {
      List<SrvTarget> ordered = ordering.order(targets);
      assertThat(ordered).extracting(SrvTarget::priority).containsExactly(10, 10, 20, 30);
      assertThat(ordered).containsExactlyInAnyOrderElementsOf(targets);
    }
  }

  @Test
  void withinAPriorityTheFirstTargetIsChosenInProportionToItsWeight() {
    SrvOrdering ordering = new SrvOrdering(new Random(2782));
    List<SrvTarget> targets =
        List.of(target("sixty", 10, 60), target("thirty", 10, 30), target("ten", 10, 10));
    Map<String, Integer> first = firstChoices(ordering, targets);
    // Expected shares about 60/101, 30/101 and 10/101 (the random number includes 0 and the sum).
    assertThat(share(first, "sixty")).isBetween(0.55, 0.64);
    assertThat(share(first, "thirty")).isBetween(0.26, 0.34);
    assertThat(share(first, "ten")).isBetween(0.07, 0.13);
  }

  @Test
  void aZeroWeightTargetIsRarelyFirstButNeverLost() {
    SrvOrdering ordering = new SrvOrdering(new Random(7));
    List<SrvTarget> targets = List.of(target("zero", 5, 0), target("nine", 5, 9));
    Map<String, Integer> first = firstChoices(ordering, targets);
    // RFC 2782: weight-0 records sit at the start, so they win only when the draw is 0 (1 in 10).
    assertThat(share(first, "zero")).isBetween(0.07, 0.13);
    assertThat(ordering.order(targets)).hasSize(2);
  }

  @Test
  void targetsThatAllWeighZeroShareTheFirstPlace() {
    SrvOrdering ordering = new SrvOrdering(new Random(11));
    List<SrvTarget> targets = List.of(target("x", 1, 0), target("y", 1, 0), target("z", 1, 0));
    Map<String, Integer> first = firstChoices(ordering, targets);
    for (String host : List.of("x", "y", "z")) {
      assertThat(share(first, host)).isBetween(0.28, 0.39);
    }
  }

  @Test
  void theSameSeedGivesTheSameOrder() {
    List<SrvTarget> targets =
        List.of(target("a", 1, 10), target("b", 1, 20), target("c", 1, 30), target("d", 2, 0));
    assertThat(new SrvOrdering(new Random(99)).order(targets))
        .isEqualTo(new SrvOrdering(new Random(99)).order(targets));
  }

  @Test
  void anEmptySetStaysEmpty() {
    assertThat(new SrvOrdering(new Random(3)).order(List.of())).isEmpty();
  }

  private static Map<String, Integer> firstChoices(SrvOrdering ordering, List<SrvTarget> targets) {
    Map<String, Integer> first = new HashMap<>();
    for (int run = 0; run < RUNS; run++) {
      first.merge(ordering.order(targets).get(0).host(), 1, Integer::sum);
    }
    return first;
  }

  private static double share(Map<String, Integer> counts, String host) {
    return counts.getOrDefault(host, 0) / (double) RUNS;
  }
}

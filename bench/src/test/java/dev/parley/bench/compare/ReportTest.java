package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void spliceReplacesOnlyTheMarkedSection() {
    String page = "# Perf\n\nkeep me\n\n" + Report.BEGIN + "\nold\n" + Report.END + "\n\ntail\n";
    String spliced = Report.splice(page, "new\n");
    assertThat(spliced)
        .contains("keep me")
        .contains("new\n")
        .contains("tail")
        .doesNotContain("old");
  }

  @Test
  void spliceAppendsWhenThereAreNoMarkers() {
    assertThat(Report.splice("# Perf\n", "x\n"))
        .endsWith(Report.BEGIN + "\nx\n" + Report.END + "\n");
  }

  @Test
  void parleysRowCarriesItsRatioToTheBestPeer() {
    Outcomes outcomes = new Outcomes();
    outcomes.add(ServerKind.PROSODY, new Result("chat msg/s (max)", true, 4000, 0, 0, 1, 1000));
    outcomes.add(ServerKind.EJABBERD, new Result("chat msg/s (max)", true, 10000, 0, 0, 1, 1000));
    outcomes.add(ServerKind.PARLEY, new Result("chat msg/s (max)", true, 20000, 0, 0, 2, 4000));
    assertThat(outcomes.bestPeer("chat msg/s (max)").orElseThrow().median()).isEqualTo(10000);
    String md = Report.render(outcomes, List.of("conditions"));
    assertThat(md)
        .contains("| Parley | 20,000 | 20,000–20,000 | 0 % | 0 | 0 | 0.500 | 2.00× |")
        .contains("| ejabberd | 10,000 |");
    assertThat(outcomes.clean()).isTrue();
  }

  @Test
  void theToolsCeilingIsStatedAndResultsCloseToItAreMarked() {
    Outcomes outcomes = new Outcomes();
    outcomes.ceiling(new Result("chat msg/s (max)", true, 12000, 0, 0, 0, 0));
    outcomes.ceiling(new Result("chat p99 ms at 500 msg/s", false, 1, 0, 0, 0, 0)); // not a rate
    outcomes.add(ServerKind.PROSODY, new Result("chat msg/s (max)", true, 4000, 0, 0, 1, 1000));
    outcomes.add(ServerKind.EJABBERD, new Result("chat msg/s (max)", true, 10000, 0, 0, 1, 1000));
    String md = Report.render(outcomes, List.of("conditions"));
    assertThat(md)
        .contains("Tool ceiling")
        .contains("chat msg/s (max) 12,000")
        .doesNotContain("p99 ms at 500 msg/s 1")
        .contains("| ejabberd (tool-limited?) | 10,000 |")
        .contains("| Prosody | 4,000 |");
  }

  @Test
  void aCeilingThatAServerExceededBoundsNothingAndMarksNothing() {
    Outcomes outcomes = new Outcomes();
    outcomes.ceiling(new Result("login/s", true, 60, 0, 0, 0, 0));
    outcomes.add(ServerKind.PROSODY, new Result("login/s", true, 55, 0, 0, 1, 100));
    outcomes.add(ServerKind.EJABBERD, new Result("login/s", true, 150, 0, 0, 1, 100));
    assertThat(outcomes.exceeded("login/s")).isTrue();
    String md = Report.render(outcomes, List.of("conditions"));
    assertThat(md)
        .contains("login/s 60.0 (a server went above it")
        .contains("| Prosody | 55.0 |")
        .doesNotContain("tool-limited?) |");
  }

  @Test
  void lossMakesTheOutcomeUnclean() {
    Outcomes outcomes = new Outcomes();
    outcomes.add(ServerKind.PROSODY, new Result("m", true, 1, 3, 0, 0, 0));
    assertThat(outcomes.clean()).isFalse();
  }
}

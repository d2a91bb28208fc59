package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.bench.LoadTool;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class SoakCommandTest {

  @Test
  void isASubcommandOfTheLoadToolWithItsOptions() {
    ParseResult parsed =
        LoadTool.commandLine()
            .parseArgs("soak", "--sessions", "5000", "--hold", "2m", "--sample", "10s");
    SoakCommand soak = (SoakCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(soak.sessions).isEqualTo(5000);
    assertThat(soak.hold).isEqualTo(Duration.ofMinutes(2));
    assertThat(soak.sample).isEqualTo(Duration.ofSeconds(10));
    assertThat(soak.address).isEqualTo("127.0.100.1");
    assertThat(soak.serverMaxHeap).isEqualTo("2g");
  }

  @Test
  void refusesMoreSessionsThanTheOpenFilesLimit() {
    String limits =
        "Limit                     Soft Limit           Hard Limit           Units\n"
            + "Max open files            20000                20000                files\n";
    assertThatCode(() -> SoakCommand.checkOpenFiles(19_000, limits)).doesNotThrowAnyException();
    assertThatThrownBy(() -> SoakCommand.checkOpenFiles(100_000, limits))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("20000");
  }

  @Test
  void checksTheServersMaxHeap() {
    assertThatCode(() -> SoakCommand.checkMaxHeap("2g", 2L << 30)).doesNotThrowAnyException();
    assertThatCode(() -> SoakCommand.checkMaxHeap("any", 6L << 30)).doesNotThrowAnyException();
    assertThatThrownBy(() -> SoakCommand.checkMaxHeap("2g", 6L << 30))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not 2g");
  }

  @Test
  void readsSizes() {
    assertThat(SoakCommand.size("2g")).isEqualTo(2L << 30);
    assertThat(SoakCommand.size("512M")).isEqualTo(512L << 20);
    assertThat(SoakCommand.size("4096")).isEqualTo(4096);
    assertThatThrownBy(() -> SoakCommand.size("lots")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsRefuseASampleLongerThanTheHold() {
    assertThatThrownBy(
            () ->
                new SoakSettings(
                    10,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10),
                    4,
                    8,
                    0,
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepalivesAreSpreadOverTheInterval() {
    // 100,000 sessions over 5 min in ticks of 100 ms: 3,000 ticks of 34 sessions.
    assertThat(SoakSessions.perTick(100_000, Duration.ofMinutes(5), Duration.ofMillis(100)))
        .isEqualTo(34);
    assertThat(SoakSessions.perTick(3, Duration.ofMinutes(5), Duration.ofMillis(100))).isEqualTo(1);
  }

  @Test
  void aPingSampleIsSpreadOverAllSessions() {
    List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(SoakSessions.sample(all, 5)).containsExactly(0, 2, 4, 6, 8);
    assertThat(SoakSessions.sample(all, 0)).isEqualTo(all);
    assertThat(SoakSessions.sample(all, 20)).isEqualTo(all);
  }
}

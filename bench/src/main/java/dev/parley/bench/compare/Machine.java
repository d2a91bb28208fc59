package dev.parley.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the report says about the machine and the run's settings. */
final class Machine {
  private Machine() {}

  static String loadAverage() {
    try {
      String[] parts =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  static List<String> conditions(
      boolean quick,
      int runs,
      Sizes sizes,
      String loadBefore,
      String loadAfter,
      double minutes,
      String note) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Run %s: %s, %d run(s) per server, %.1f min in all; load average %s before, %s after",
            CompareCommand.today(),
            quick ? "`--quick` (small sizes)" : "full",
            runs,
            minutes,
            loadBefore,
            loadAfter));
    if (note != null) {
      lines.add(note);
    }
    lines.add(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " core(s) visible to the tool after pinning, "
            + cpuModel()
            + ", Linux "
            + Versions.output("uname", "-r")
            + ", JDK "
            + System.getProperty("java.vm.version"));
    lines.add(
        "Settings: STARTTLS required, SCRAM-SHA-1 with 4096 iterations on every server, Nagle off"
            + " everywhere, ejabberd shapers off, logs at warning level; servers pinned to one core"
            + " (taskset), the tool to the other");
    lines.add(
        String.format(
            Locale.ROOT,
            "Sizes: login %d s x %d parallel; idle %d sessions; chat %d pairs, closed loop 32 in"
                + " flight, open loops %.0f and %.0f msg/s; presence %d users x %d contacts; muc %d occupants;"
                + " measured %d s",
            sizes.loginTime().toSeconds(),
            sizes.loginParallel(),
            sizes.idleSessions(),
            sizes.chatPairs(),
            sizes.chatRate(),
            sizes.chatHalfPeakRate(),
            sizes.presenceUsers(),
            sizes.presenceContacts(),
            sizes.mucOccupants(),
            sizes.duration().toSeconds()));
    return lines;
  }
}

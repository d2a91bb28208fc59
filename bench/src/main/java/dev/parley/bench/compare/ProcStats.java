package dev.parley.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says about a server process in {@code /proc/<pid>}: resident memory from {@code
 * status} ({@code VmRSS}) and CPU time from {@code stat} (utime + stime, fields 14 and 15 of
 * proc(5), counted in clock ticks of {@value #TICKS_PER_SECOND} per second, the value of {@code
 * getconf CLK_TCK} on every Linux architecture Parley runs on).
 *
 * @param rssKib resident set size in KiB
 * @param cpuTicks user plus system CPU time of every thread, in clock ticks
 */
public record ProcStats(long rssKib, long cpuTicks) {
  /** USER_HZ: fixed at 100 by the kernel's ABI on x86 and arm64. */
  public static final int TICKS_PER_SECOND = 100;

  /** Reads both files of process {@code pid}. */
  public static ProcStats read(long pid) throws IOException {
    Path dir = Path.of("/proc", Long.toString(pid));
    return new ProcStats(
        rssKib(Files.readString(dir.resolve("status"), StandardCharsets.US_ASCII)),
        cpuTicks(Files.readString(dir.resolve("stat"), StandardCharsets.US_ASCII)));
  }

  /** CPU seconds used between {@code earlier} and this sample. */
  public double cpuSecondsSince(ProcStats earlier) {
    return (cpuTicks - earlier.cpuTicks) / (double) TICKS_PER_SECOND;
  }

  /** The {@code VmRSS:} line of a {@code status} file, in KiB. */
  static long rssKib(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).strip().split("\\s+");
        if (parts.length != 2 || !parts[1].equals("kB")) {
          throw new IllegalArgumentException("unexpected VmRSS line: " + line);
        }
        return Long.parseLong(parts[0]);
      }
    }
    throw new IllegalArgumentException("no VmRSS line (a zombie or kernel thread?)");
  }

  /**
   * utime + stime of a {@code stat} line. The command name (field 2) is in parentheses and may
   * itself hold spaces and parentheses, so fields are counted from the last {@code ')'}.
   */
  static long cpuTicks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
    }
    // After ") " come field 3 (state), 4, ...; utime is field 14, i.e. index 11 from field 3.
    String[] fields = stat.substring(close + 1).strip().split("\\s+");
    if (fields.length < 13) {
      throw new IllegalArgumentException("too few fields in /proc/<pid>/stat: " + stat);
    }
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}

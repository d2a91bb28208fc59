package dev.parley.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap of a running JVM as {@code jcmd <pid> GC.heap_info} prints it: bytes in use and
 * bytes committed (ZGC: {@code used 60M, capacity 378M}; G1 since JDK 25: {@code committed 81920K,
 * used 19251K}; older G1: {@code total 262144K, used 12345K}).
 *
 * @param usedBytes heap in use (live data plus garbage not yet collected, unless a GC just ran)
 * @param committedBytes heap the JVM has committed from the operating system
 */
public record HeapInfo(long usedBytes, long committedBytes) {
  private static final Pattern ZGC = Pattern.compile("used (\\d+)([KMG]), capacity (\\d+)([KMG])");
  private static final Pattern G1 =
      Pattern.compile("(?:committed|total) (\\d+)([KMG]), used (\\d+)([KMG])");
  private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");
  private static final long JCMD_TIMEOUT_SECONDS = 120;

  /**
   * Reads the heap of process {@code pid}; with {@code collectFirst} after a full GC ({@code
   * GC.run}, which returns when the collection has finished), so {@link #usedBytes()} is the live
   * set.
   */
  public static HeapInfo read(long pid, boolean collectFirst)
      throws IOException, InterruptedException {
    if (collectFirst) {
      jcmd(pid, "GC.run");
    }
    return parse(jcmd(pid, "GC.heap_info"));
  }

  /** The {@code -XX:MaxHeapSize} of process {@code pid} in bytes ({@code jcmd VM.flags}). */
  public static long maxHeapBytes(long pid) throws IOException, InterruptedException {
    String flags = jcmd(pid, "VM.flags");
    Matcher m = MAX_HEAP.matcher(flags);
    if (!m.find()) {
      throw new IOException("no MaxHeapSize in jcmd VM.flags of " + pid + ": " + flags);
    }
    return Long.parseLong(m.group(1));
  }

  /** Reads ZGC's or G1's line of {@code GC.heap_info}. */
  static HeapInfo parse(String heapInfo) {
    Matcher z = ZGC.matcher(heapInfo);
    if (z.find()) {
      return new HeapInfo(bytes(z.group(1), z.group(2)), bytes(z.group(3), z.group(4)));
    }
    Matcher g = G1.matcher(heapInfo);
    if (g.find()) {
      return new HeapInfo(bytes(g.group(3), g.group(4)), bytes(g.group(1), g.group(2)));
    }
    throw new IllegalArgumentException("no heap figures in GC.heap_info: " + heapInfo);
  }

  private static long bytes(String value, String unit) {
    int shift =
        switch (unit) {
          case "K" -> 10;
          case "M" -> 20;
          default -> 30;
        };
    return Long.parseLong(value) << shift;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process p =
        new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
    }
    return out;
  }
}

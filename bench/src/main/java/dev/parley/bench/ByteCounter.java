package dev.parley.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the bytes a benchmark read or wrote; JMH reports the counter as a rate beside ops/s, so
 * {@code megabytes} shows up as MB/s (10^6 bytes per second).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {
  /** Megabytes processed in this iteration; public because JMH reads it reflectively. */
  public double megabytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }
}

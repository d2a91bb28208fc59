package dev.parley.bench;

import dev.parley.protocol.Jid;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFC 7622 JID parsing with PRECIS. {@code cached} cycles through 1,024 addresses that are already
 * in the parser's cache, as on a server with a steady set of users; the {@code uncached} variants
 * make a new address for every operation, so each one runs the PRECIS profiles (and IDNA for {@code
 * uncachedIdnBare}). {@code textOnly} builds the same new strings without parsing: subtract it to
 * see the parse alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class JidParseBenchmark {
  private static final int KNOWN = 1024;

  private final String[] known = new String[KNOWN];
  private int next;
  private long serial;

  /** Parses the known addresses once so that they are cached. */
  @Setup(Level.Trial)
  public void fillCache() {
    for (int i = 0; i < KNOWN; i++) {
      known[i] = "user" + i + "@example.com/Resource" + (i % 4);
      Jid.parse(known[i]);
    }
  }

  /** A parse the cache answers. */
  @Benchmark
  public Jid cached() {
    next = (next + 1) & (KNOWN - 1);
    return Jid.parse(known[next]);
  }

  /** A full JID never seen before, with case mapping to do. */
  @Benchmark
  public Jid uncachedFull() {
    return Jid.parse("User" + serial++ + "@Example.COM/Balcony");
  }

  /** A bare JID never seen before, on an internationalized domain. */
  @Benchmark
  public Jid uncachedIdnBare() {
    return Jid.parse("user" + serial++ + "@München.example");
  }

  /** The cost of making the new strings the uncached benchmarks parse. */
  @Benchmark
  public String textOnly() {
    return "User" + serial++ + "@Example.COM/Balcony";
  }
}

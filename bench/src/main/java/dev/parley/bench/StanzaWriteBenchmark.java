package dev.parley.bench;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.XmlParsing;
import dev.parley.protocol.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Serializing stanzas for a client stream with {@link XmlWriter}: {@code write} builds the text,
 * {@code writeUtf8} also encodes it into the bytes that go on the wire.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StanzaWriteBenchmark {
  /** Which sample stanza to write. */
  @Param({"CHAT", "PRESENCE_CAPS", "ROSTER_50"})
  public SampleStanzas stanza;

  private Element element;
  private int capacity;
  private double megabytes;

  /** Parses the sample once; the benchmark only writes. */
  @Setup(Level.Trial)
  public void parseSample() {
    element = XmlParsing.parseElement(stanza.xml());
    StringBuilder out = new StringBuilder();
    XmlWriter.writeStreamElement(element, Namespaces.CLIENT, out);
    capacity = out.length() + 16;
    megabytes = out.toString().getBytes(StandardCharsets.UTF_8).length / 1e6;
  }

  /** Element to text. */
  @Benchmark
  public String write(ByteCounter counter) {
    StringBuilder out = new StringBuilder(capacity);
    XmlWriter.writeStreamElement(element, Namespaces.CLIENT, out);
    counter.megabytes += megabytes;
    return out.toString();
  }

  /** Element to UTF-8 bytes. */
  @Benchmark
  public byte[] writeUtf8(ByteCounter counter) {
    StringBuilder out = new StringBuilder(capacity);
    XmlWriter.writeStreamElement(element, Namespaces.CLIENT, out);
    counter.megabytes += megabytes;
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}

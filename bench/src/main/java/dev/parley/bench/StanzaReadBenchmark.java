package dev.parley.bench;

import dev.parley.protocol.Element;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamEvent;
import dev.parley.protocol.XmlLimits;
import dev.parley.protocol.XmlStreamException;
import dev.parley.protocol.XmlStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Reading stanzas off an open client stream, the way a connection does: one long-lived {@link
 * XmlStreamReader} is fed one stanza's bytes per operation. {@code read} stops at the {@link
 * Element}; {@code readAndType} also turns it into a typed {@link Stanza} (header checks and JID
 * parsing, which hits the JID cache as it does on a busy server).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StanzaReadBenchmark {
  /** Which sample stanza to read. */
  @Param({"CHAT", "PRESENCE_CAPS", "ROSTER_50"})
  public SampleStanzas stanza;

  private byte[] bytes;
  private double megabytes;
  private XmlStreamReader reader;

  /** Opens the stream once; the stanzas then follow each other on it. */
  @Setup(Level.Trial)
  public void openStream() throws XmlStreamException {
    bytes = stanza.utf8();
    megabytes = bytes.length / 1e6;
    reader = new XmlStreamReader(XmlLimits.DEFAULT);
    byte[] header = SampleStanzas.STREAM_HEADER.getBytes(StandardCharsets.UTF_8);
    reader.feed(header, 0, header.length);
  }

  /** Bytes to element. */
  @Benchmark
  public Element read(ByteCounter counter) throws XmlStreamException {
    List<StreamEvent> events = reader.feed(bytes, 0, bytes.length);
    counter.megabytes += megabytes;
    return only(events);
  }

  /** Bytes to element to typed stanza. */
  @Benchmark
  public Stanza readAndType(ByteCounter counter) throws XmlStreamException {
    List<StreamEvent> events = reader.feed(bytes, 0, bytes.length);
    counter.megabytes += megabytes;
    return Stanza.parse(only(events));
  }

  private static Element only(List<StreamEvent> events) {
    // Cheap guard that each operation really read one whole stanza.
    if (events.size() != 1 || !(events.get(0) instanceof StreamEvent.ElementReceived received)) {
      throw new IllegalStateException("expected one stanza, got " + events);
    }
    return received.element();
  }
}

package dev.parley.c2s;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@code parley.stanzas.in} and {@code parley.stanzas.out} counters of client streams, one per
 * stanza kind, each looked up in the registry once. Building a counter with tags costs a new id,
 * tag list and registry lookup per call, which the load profile showed on every stanza
 * (docs/PERFORMANCE.md, "Profiling findings (session 2)"). A counter is registered the first time
 * its kind is seen, as before, so the exported series do not change.
 */
final class StanzaCounters {
  private static final String[] KINDS = {"message", "presence", "iq"};
  private final MeterRegistry metrics;
  private final AtomicReferenceArray<Counter> in = new AtomicReferenceArray<>(KINDS.length);
  private final AtomicReferenceArray<Counter> out = new AtomicReferenceArray<>(KINDS.length);

  StanzaCounters(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  /** Counts a stanza received from a client; {@code kind} is its element name. */
  void received(String kind) {
    counter(in, "parley.stanzas.in", kind).increment();
  }

  /** Counts a stanza sent to a client; {@code kind} is its element name. */
  void sent(String kind) {
    counter(out, "parley.stanzas.out", kind).increment();
  }

  private Counter counter(AtomicReferenceArray<Counter> cache, String name, String kind) {
    int index = index(kind);
    if (index < 0) {
      return register(name, kind);
    }
    Counter counter = cache.get(index);
    if (counter == null) {
      // A race registers the same meter twice; the registry returns the same counter both times.
      counter = register(name, kind);
      cache.set(index, counter);
    }
    return counter;
  }

  private Counter register(String name, String kind) {
    return Counter.builder(name).tag("kind", kind).tag("stream", "c2s").register(metrics);
  }

  private static int index(String kind) {
    return switch (kind) {
      case "message" -> 0;
      case "presence" -> 1;
      case "iq" -> 2;
      default -> -1;
    };
  }
}

package dev.parley.router;

import dev.parley.protocol.Iq;
import dev.parley.protocol.Message;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The router's counters ({@code parley.stanzas.routed}, {@code parley.stanzas.dropped}, {@code
 * parley.stanza.errors}), each looked up in the registry once per tag set. Building a counter with
 * tags costs a new id, tag list and registry lookup per call, which the load profile showed on
 * every stanza (docs/PERFORMANCE.md, "Profiling findings (session 2)"). Each counter is registered
 * the first time its tags occur, as before, so the exported series do not change.
 */
final class RouteCounters {
  /** The {@code route} tag of {@code parley.stanzas.routed}. */
  enum Route {
    IN("in"),
    LOCAL("local"),
    REMOTE("remote"),
    SERVICE("service");

    private final String tag;

    Route(String tag) {
      this.tag = tag;
    }
  }

  private static final int KINDS = 3;
  private final MeterRegistry metrics;
  private final AtomicReferenceArray<Counter> routed =
      new AtomicReferenceArray<>(Route.values().length * KINDS);
  private final AtomicReferenceArray<Counter> dropped = new AtomicReferenceArray<>(KINDS);
  private final AtomicReferenceArray<Counter> errors =
      new AtomicReferenceArray<>(StanzaErrorCondition.values().length);

  RouteCounters(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  void routed(Stanza stanza, Route route) {
    int index = route.ordinal() * KINDS + kind(stanza);
    Counter counter = routed.get(index);
    if (counter == null) {
      // A race registers the same meter twice; the registry returns the same counter both times.
      counter =
          Counter.builder("parley.stanzas.routed")
              .tag("kind", stanza.element().name())
              .tag("route", route.tag)
              .register(metrics);
      routed.set(index, counter);
    }
    counter.increment();
  }

  void dropped(Stanza stanza) {
    int index = kind(stanza);
    Counter counter = dropped.get(index);
    if (counter == null) {
      counter =
          Counter.builder("parley.stanzas.dropped")
              .tag("kind", stanza.element().name())
              .register(metrics);
      dropped.set(index, counter);
    }
    counter.increment();
  }

  void error(StanzaErrorCondition condition) {
    int index = condition.ordinal();
    Counter counter = errors.get(index);
    if (counter == null) {
      counter =
          Counter.builder("parley.stanza.errors")
              .tag("condition", condition.elementName())
              .register(metrics);
      errors.set(index, counter);
    }
    counter.increment();
  }

  private static int kind(Stanza stanza) {
    return switch (stanza) {
      case Message m -> 0;
      case Presence p -> 1;
      case Iq iq -> 2;
    };
  }
}

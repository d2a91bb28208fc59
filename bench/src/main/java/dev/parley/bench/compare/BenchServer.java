package dev.parley.bench.compare;

import dev.parley.bench.load.Endpoint;
import java.io.IOException;
import java.util.OptionalLong;

/** A server under test, started from scratch by its adapter and stopped by {@link #close()}. */
public interface BenchServer extends AutoCloseable {

  /** Name and version, e.g. {@code Prosody 0.12.3}. */
  String software();

  /** The server's process id: {@code /proc/<pid>} is read for CPU and memory. */
  long pid();

  /** Where clients connect. */
  Endpoint c2s();

  /** Whether the server offers a MUC service (at {@link #mucDomain()}). */
  boolean hasMuc();

  /** The domain of the server's MUC service; {@link ServerSetup#MUC_DOMAIN} unless it differs. */
  default String mucDomain() {
    return ServerSetup.MUC_DOMAIN;
  }

  /** The Java heap in use after a full GC, for JVM servers; empty for others. */
  default OptionalLong heapBytesAfterGc() throws IOException, InterruptedException {
    return OptionalLong.empty();
  }

  /** Stops the server (only the process the adapter started). */
  @Override
  void close();
}

package dev.parley.c2s;

import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.ClientSession;
import dev.parley.transport.EventLoops;
import dev.parley.transport.Listener;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client connection manager: its listeners and a graceful shutdown. */
public final class C2sServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(C2sServer.class);
  private static final java.time.Duration FINAL_ACK_WAIT = java.time.Duration.ofMillis(1500);
  private final C2sContext context;
  private final EventLoops loops;
  private final ResumptionRegistry resumptions = new ResumptionRegistry();
  private final SessionTermination termination;
  private final StanzaCounters counters;
  private final List<Listener> listeners = new ArrayList<>();

  public C2sServer(C2sContext context, EventLoops loops) {
    this.context = context;
    this.loops = loops;
    this.termination = new SessionTermination(context, resumptions);
    this.counters = new StanzaCounters(context.metrics());
  }

  /** Listens for STARTTLS clients (5222) and, when given, direct TLS clients (5223). */
  public void start(InetSocketAddress startTls, Optional<InetSocketAddress> directTls) {
    listeners.add(
        Listener.bind(
            "c2s",
            startTls,
            loops,
            new ClientChannelInitializer(context, false, resumptions, termination, counters)));
    directTls.ifPresent(
        address ->
            listeners.add(
                Listener.bind(
                    "c2s-direct-tls",
                    address,
                    loops,
                    new ClientChannelInitializer(
                        context, true, resumptions, termination, counters))));
    for (Listener listener : listeners) {
      LOG.info("{} listening on {}", listener.name(), listener.address());
    }
  }

  /**
   * Before shutting down, asks every stream-management client for a last ack and waits briefly, so
   * that what they already received is not rerouted to offline storage as a duplicate.
   */
  private void collectFinalAcks() {
    List<LocalClientSession> waiting = new ArrayList<>();
    for (ClientSession session : context.directory().all()) {
      if (session instanceof LocalClientSession local && local.unackedCount() > 0) {
        local.requestAck();
        waiting.add(local);
      }
    }
    long deadline = System.nanoTime() + FINAL_ACK_WAIT.toNanos();
    while (System.nanoTime() < deadline && waiting.stream().anyMatch(s -> s.unackedCount() > 0)) {
      java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(20).toNanos());
    }
  }

  /** Stanzas sent to clients and not yet acknowledged (XEP-0198), over every session. */
  public int unackedStanzas() {
    int total = 0;
    for (ClientSession session : context.directory().all()) {
      if (session instanceof LocalClientSession local) {
        total += local.unackedCount();
      }
    }
    return total;
  }

  public List<Listener> listeners() {
    return List.copyOf(listeners);
  }

  /**
   * Stops accepting, tells every client {@code system-shutdown} (RFC 6120 §4.9.3.21) and ends
   * sessions waiting for resumption, rerouting what they never acknowledged.
   */
  @Override
  public void close() {
    for (Listener listener : listeners) {
      listener.close();
    }
    collectFinalAcks();
    for (ClientSession session : context.directory().all()) {
      session.close(
          StreamError.of(StreamErrorCondition.SYSTEM_SHUTDOWN, "the server is shutting down"));
    }
    termination.finishWaiting();
  }
}

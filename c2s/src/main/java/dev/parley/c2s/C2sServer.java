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
  private final C2sContext context;
  private final EventLoops loops;
  private final ResumptionRegistry resumptions = new ResumptionRegistry();
  private final SessionTermination termination;
  private final List<Listener> listeners = new ArrayList<>();

  public C2sServer(C2sContext context, EventLoops loops) {
    this.context = context;
    this.loops = loops;
    this.termination = new SessionTermination(context, resumptions);
  }

  /** Listens for STARTTLS clients (5222) and, when given, direct TLS clients (5223). */
  public void start(InetSocketAddress startTls, Optional<InetSocketAddress> directTls) {
    listeners.add(
        Listener.bind(
            "c2s",
            startTls,
            loops,
            new ClientChannelInitializer(context, false, resumptions, termination)));
    directTls.ifPresent(
        address ->
            listeners.add(
                Listener.bind(
                    "c2s-direct-tls",
                    address,
                    loops,
                    new ClientChannelInitializer(context, true, resumptions, termination))));
    for (Listener listener : listeners) {
      LOG.info("{} listening on {}", listener.name(), listener.address());
    }
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
    for (ClientSession session : context.directory().all()) {
      session.close(
          StreamError.of(StreamErrorCondition.SYSTEM_SHUTDOWN, "the server is shutting down"));
    }
    termination.finishWaiting();
  }
}

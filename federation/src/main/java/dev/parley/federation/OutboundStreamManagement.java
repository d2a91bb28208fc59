package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.transport.StreamWriter;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0198 acknowledgements on an outbound server stream, without resumption: once enabled every
 * stanza sent is kept until the peer acknowledges it, so that what is still unacknowledged when the
 * stream ends can be sent again on a new stream (or bounced), never silently lost. Stanzas are
 * handed to the {@link BatchedWriter} under this object's lock, so the order on the wire matches
 * the order of the queue.
 */
final class OutboundStreamManagement {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundStreamManagement.class);
  private static final long IDLE_REQUEST_MILLIS = 1_000;

  /** What the stream handler must do after an element of the sm namespace. */
  enum Verdict {
    OK,
    /** The peer acknowledged more than was sent: XEP-0198 §5, undefined-condition. */
    BAD_ACK
  }

  private final String remote;
  private final StreamWriter out;
  private final BatchedWriter batches;
  private final ScheduledExecutorService timers;
  private StreamAcks acks;

  /** Stanzas the peer sent us on a bidirectional stream (XEP-0288), counted for its acks. */
  private long inboundHandled;

  private boolean closed;
  private ScheduledFuture<?> idleRequest;

  /** Set while an orderly close waits for the peer's last ack. */
  private Runnable closeWhenAcked;

  OutboundStreamManagement(
      String remote, StreamWriter out, BatchedWriter batches, ScheduledExecutorService timers) {
    this.remote = remote;
    this.out = out;
    this.batches = batches;
    this.timers = timers;
  }

  /**
   * Sends {@code <enable/>}. XEP-0198 §4: our outbound count starts right after it, so stanzas sent
   * before {@code <enabled/>} arrives are tracked too.
   */
  synchronized void enable() {
    batches.append(Element.of("enable", Namespaces.STREAM_MANAGEMENT));
    acks = new StreamAcks();
  }

  /** Writes a stanza; false when the stream has ended, so the caller must keep the stanza. */
  synchronized boolean send(Stanza stanza) {
    if (closed) {
      return false;
    }
    batches.append(stanza.element());
    if (acks != null) {
      if (acks.sent(stanza)) {
        request();
      } else if (idleRequest == null) {
        // Ask for an ack when no further stanza follows soon: nothing else would prompt it.
        idleRequest =
            timers.schedule(this::requestWhenIdle, IDLE_REQUEST_MILLIS, TimeUnit.MILLISECONDS);
      }
    }
    return true;
  }

  private synchronized void requestWhenIdle() {
    idleRequest = null;
    if (!closed && acks != null && acks.unrequested() > 0) {
      request();
    }
  }

  private void request() {
    acks.requested();
    batches.append(Element.of("r", Namespaces.STREAM_MANAGEMENT));
  }

  /** A stanza from the peer was accepted for routing (bidirectional streams). */
  synchronized void inboundHandled() {
    inboundHandled++;
  }

  /** Handles {@code <enabled/>}, {@code <failed/>}, {@code <a/>} and {@code <r/>}. */
  synchronized Verdict element(Element element) {
    switch (element.name()) {
      case "enabled" -> LOG.info("federation: stream management enabled with {}", remote);
      case "failed" -> {
        LOG.info("federation: {} refused stream management; going on without acks", remote);
        acks = null;
      }
      case "a" -> {
        return acknowledge(element);
      }
      case "r" ->
          // Only a bidirectional stream (XEP-0288) carries stanzas to us; XEP-0198 §4 counts
          // them modulo 2^32.
          out.write(
              Element.builder("a", Namespaces.STREAM_MANAGEMENT)
                  .attribute("h", Long.toString(inboundHandled & 0xFFFF_FFFFL))
                  .build());
      default -> LOG.debug("federation: {} sent sm element {}; ignored", remote, element.name());
    }
    return Verdict.OK;
  }

  private Verdict acknowledge(Element element) {
    if (acks == null) {
      return Verdict.OK;
    }
    long h;
    try {
      h = Long.parseLong(element.attribute("h").orElse(""));
    } catch (NumberFormatException e) {
      return Verdict.BAD_ACK;
    }
    if (h < 0 || h > 0xFFFF_FFFFL || !acks.acknowledge(h)) {
      return Verdict.BAD_ACK;
    }
    if (closeWhenAcked != null && acks.unackedCount() == 0) {
      runCloser();
    }
    return Verdict.OK;
  }

  /**
   * An orderly close (operator, idle timer, shutdown): with stanzas still unacknowledged, asks for
   * an ack first and runs {@code closeNow} once everything is acknowledged or after {@code
   * timeoutMillis}, so that what the peer did receive is not sent to it a second time. Stanzas
   * offered meanwhile are refused and wait for the next stream. False when there is nothing to wait
   * for and the caller should close at once.
   */
  synchronized boolean closeAfterAck(Runnable closeNow, long timeoutMillis) {
    if (closeWhenAcked != null) {
      return true;
    }
    if (acks == null || acks.unackedCount() == 0) {
      return false;
    }
    closed = true;
    closeWhenAcked = closeNow;
    request();
    timers.schedule(this::runCloser, timeoutMillis, TimeUnit.MILLISECONDS);
    return true;
  }

  private synchronized void runCloser() {
    Runnable closer = closeWhenAcked;
    closeWhenAcked = null;
    if (closer != null) {
      closer.run();
    }
  }

  /** Number of stanzas sent and not yet acknowledged. */
  synchronized int unacknowledged() {
    return acks == null ? 0 : acks.unackedCount();
  }

  /** Ends the stream for sending and returns what the peer has not acknowledged, oldest first. */
  synchronized List<Stanza> close() {
    closed = true;
    if (idleRequest != null) {
      idleRequest.cancel(false);
      idleRequest = null;
    }
    return acks == null ? List.of() : acks.drainUnacked();
  }
}

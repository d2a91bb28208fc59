package dev.parley.c2s;

import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StreamError;
import dev.parley.server.ClientSession;
import dev.parley.server.SessionAttribute;
import dev.parley.transport.StreamWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A bound client session on this node. Output goes through one lock so that the stream management
 * queue and the wire always agree, from whichever thread delivers. While detached (connection lost,
 * waiting for XEP-0198 resumption) stanzas are only queued.
 *
 * <p>Without stream management a stanza counts as delivered once its bytes reach the socket; one
 * whose write fails (the connection closed first, or the client stopped reading and the outbound
 * guard refused it) is kept as undelivered and handed over with the unacknowledged ones.
 */
final class LocalClientSession implements ClientSession {
  private final FullJid jid;
  private final Instant since = Instant.now();
  private final Map<SessionAttribute<?>, Object> attributes = new ConcurrentHashMap<>();
  private final Consumer<Stanza> outboundCounter;
  private final Object lock = new Object();
  private final ConcurrentLinkedQueue<Stanza> undelivered = new ConcurrentLinkedQueue<>();
  private volatile Optional<Presence> presence = Optional.empty();
  private volatile boolean rosterRequested;
  private StreamWriter out;
  private StreamManagement streamManagement;
  private Runnable detachedClose = () -> {};

  LocalClientSession(FullJid jid, StreamWriter out, Consumer<Stanza> outboundCounter) {
    this.jid = jid;
    this.out = out;
    this.outboundCounter = outboundCounter;
  }

  @Override
  public FullJid jid() {
    return jid;
  }

  Instant since() {
    return since;
  }

  @Override
  public Optional<Presence> presence() {
    return presence;
  }

  @Override
  public void updatePresence(Optional<Presence> newPresence) {
    presence = newPresence;
  }

  @Override
  public boolean rosterRequested() {
    return rosterRequested;
  }

  @Override
  public void markRosterRequested() {
    rosterRequested = true;
  }

  @Override
  public <T> Optional<T> attribute(SessionAttribute<T> key) {
    return Optional.ofNullable(attributes.get(key)).map(key.type()::cast);
  }

  @Override
  public <T> void attribute(SessionAttribute<T> key, Optional<T> value) {
    value.ifPresentOrElse(v -> attributes.put(key, v), () -> attributes.remove(key));
  }

  @Override
  public void deliver(Stanza stanza) {
    outboundCounter.accept(stanza);
    synchronized (lock) {
      boolean tracked = streamManagement != null;
      boolean askForAck = tracked && streamManagement.sent(stanza);
      if (out == null) {
        if (!tracked) {
          undelivered.add(stanza);
        }
        return;
      }
      if (askForAck) {
        out.append(stanza.element());
        streamManagement.requested();
        out.append(Element.of("r", Namespaces.STREAM_MANAGEMENT));
        out.flush();
      } else if (tracked) {
        out.appendAndFlush(stanza.element());
      } else {
        out.appendAndFlush(stanza.element())
            .addListener(
                written -> {
                  if (!written.isSuccess()) {
                    undelivered.add(stanza);
                  }
                });
      }
    }
  }

  @Override
  public void close(StreamError error) {
    StreamWriter current;
    Runnable whenDetached;
    synchronized (lock) {
      current = out;
      whenDetached = detachedClose;
    }
    if (current != null) {
      current.error(error);
    } else {
      whenDetached.run();
    }
  }

  /** Enables XEP-0198 for this session. */
  void enableStreamManagement(StreamManagement sm) {
    synchronized (lock) {
      streamManagement = sm;
    }
  }

  Optional<StreamManagement> streamManagement() {
    synchronized (lock) {
      return Optional.ofNullable(streamManagement);
    }
  }

  /** Applies an {@code <a h=''/>}; false when the client acknowledged more than was sent. */
  boolean acknowledge(long h) {
    synchronized (lock) {
      return streamManagement == null || streamManagement.acknowledge(h);
    }
  }

  void inboundHandled() {
    synchronized (lock) {
      if (streamManagement != null) {
        streamManagement.inboundHandled();
      }
    }
  }

  /** The connection is gone but the session waits for resumption; {@code onClose} ends it. */
  void detach(Runnable onClose) {
    synchronized (lock) {
      out = null;
      detachedClose = onClose;
    }
  }

  /** XEP-0198 §5: a new connection takes over; unacknowledged stanzas are sent again. */
  void attach(StreamWriter newOut, long clientH, Element resumed) {
    synchronized (lock) {
      out = newOut;
      detachedClose = () -> {};
      List<Stanza> resend = streamManagement.toResend(clientH);
      newOut.append(resumed);
      for (Stanza stanza : resend) {
        newOut.append(stanza.element());
      }
      newOut.flush();
    }
  }

  /** Asks the client to acknowledge what it has received (XEP-0198 {@code <r/>}). */
  void requestAck() {
    synchronized (lock) {
      if (streamManagement != null && out != null && streamManagement.unackedCount() > 0) {
        streamManagement.requested();
        out.write(Element.of("r", Namespaces.STREAM_MANAGEMENT));
      }
    }
  }

  int unackedCount() {
    synchronized (lock) {
      return streamManagement == null ? 0 : streamManagement.unackedCount();
    }
  }

  boolean isDetached() {
    synchronized (lock) {
      return out == null;
    }
  }

  /**
   * Everything sent but never acknowledged (XEP-0198), or never written to the socket, handed over
   * when the session finally ends.
   */
  List<Stanza> drainUnacked() {
    List<Stanza> rest = new ArrayList<>();
    synchronized (lock) {
      if (streamManagement != null) {
        rest.addAll(streamManagement.drainUnacked());
      }
    }
    for (Stanza stanza = undelivered.poll(); stanza != null; stanza = undelivered.poll()) {
      rest.add(stanza);
    }
    return rest;
  }

  void sendNegotiation(Element element) {
    synchronized (lock) {
      if (out != null) {
        out.write(element);
      }
    }
  }
}

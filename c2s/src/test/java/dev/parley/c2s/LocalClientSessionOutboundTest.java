package dev.parley.c2s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.transport.OutboundGuardHandler;
import dev.parley.transport.OutboundLimits;
import dev.parley.transport.OutboundOverflow;
import dev.parley.transport.StreamWriter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session without stream management whose client stopped reading: stanzas the outbound guard
 * refuses, or that arrive after the connection is gone, are handed over at the end, not lost.
 */
class LocalClientSessionOutboundTest {
  private static final OutboundLimits LIMITS =
      new OutboundLimits(512, 2048, 8 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(2));
  private static final BareJid ROMEO = BareJid.of("romeo", "localhost");
  private static final FullJid JULIET = BareJid.of("juliet", "localhost").withResource("balcony");
  private final List<OutboundOverflow> overflows = new ArrayList<>();
  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final LocalClientSession session =
      new LocalClientSession(JULIET, new StreamWriter(channel, Namespaces.CLIENT), s -> {});

  LocalClientSessionOutboundTest() {
    // The embedded channel "sends" on flush; holding flushes back models a client that never reads.
    channel
        .pipeline()
        .addLast(
            new io.netty.channel.ChannelOutboundHandlerAdapter() {
              @Override
              public void flush(ChannelHandlerContext ctx) {}
            },
            new OutboundGuardHandler(LIMITS),
            new ChannelInboundHandlerAdapter() {
              @Override
              public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                overflows.add((OutboundOverflow) event);
              }
            });
  }

  private Message chat(int n) {
    return Message.chat(ROMEO, JULIET, "message " + n + " " + "x".repeat(200));
  }

  @Test
  void refusedAndLateStanzasAreHandedOverInOrder() {
    List<Stanza> sent = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      Message message = chat(n);
      sent.add(message);
      session.deliver(message);
    }
    channel.runPendingTasks();
    assertThat(overflows).hasSize(1);
    session.detach(() -> {});
    Message late = chat(60);
    session.deliver(late);

    List<Stanza> handedOver = session.drainUnacked();
    assertThat(handedOver).isNotEmpty().endsWith(late);
    // Everything after the stanza that passed the limit was refused, in order.
    int firstRefused = sent.indexOf(handedOver.get(0));
    assertThat(firstRefused).isPositive();
    assertThat(handedOver.subList(0, handedOver.size() - 1))
        .containsExactlyElementsOf(sent.subList(firstRefused, sent.size()));
    assertThat(session.drainUnacked()).isEmpty();
  }

  @Test
  void stanzasPendingWhenTheConnectionClosesAreHandedOver() {
    for (int n = 0; n < 5; n++) {
      session.deliver(chat(n));
    }
    assertThat(session.drainUnacked()).isEmpty();
    channel.close();
    assertThat(session.drainUnacked()).hasSize(5);
  }
}

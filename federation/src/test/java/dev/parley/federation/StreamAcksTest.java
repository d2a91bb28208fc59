package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamAcksTest {

  private static Stanza message(String body) {
    return Stanza.parse(
        Element.builder("message", Namespaces.SERVER)
            .attribute("from", "alice@a.test")
            .attribute("to", "bob@b.test")
            .attribute("id", body)
            .textChild("body", Namespaces.SERVER, body)
            .build());
  }

  private static List<String> ids(List<Stanza> stanzas) {
    return stanzas.stream().map(s -> s.element().attribute("id").orElseThrow()).toList();
  }

  @Test
  void acknowledgedStanzasLeaveTheQueueAndTheRestComeBackInOrder() {
    StreamAcks acks = new StreamAcks();
    acks.sent(message("m1"));
    acks.sent(message("m2"));
    acks.sent(message("m3"));
    assertThat(acks.acknowledge(1)).isTrue();
    assertThat(acks.unackedCount()).isEqualTo(2);
    assertThat(acks.acknowledge(1)).as("the same h again acknowledges nothing new").isTrue();
    assertThat(acks.unackedCount()).isEqualTo(2);
    assertThat(ids(acks.drainUnacked())).containsExactly("m2", "m3");
    assertThat(acks.unackedCount()).isZero();
  }

  @Test
  void anAckOfMoreThanWasSentIsRefusedAndChangesNothing() {
    StreamAcks acks = new StreamAcks();
    acks.sent(message("m1"));
    assertThat(acks.acknowledge(2)).isFalse();
    assertThat(acks.unackedCount()).isEqualTo(1);
  }

  @Test
  void countersWrapAt32Bits() {
    StreamAcks acks = new StreamAcks(0xFFFF_FFFEL);
    acks.sent(message("m1"));
    acks.sent(message("m2"));
    acks.sent(message("m3"));
    // XEP-0198 §4: h counts modulo 2^32, so after 0xFFFFFFFE + 3 the peer says 1.
    assertThat(acks.acknowledge(0)).isTrue();
    assertThat(acks.unackedCount()).isEqualTo(1);
    assertThat(acks.acknowledge(1)).isTrue();
    assertThat(acks.unackedCount()).isZero();
    acks.inboundHandled();
    acks.inboundHandled();
    assertThat(acks.handledInbound()).isZero();
  }

  @Test
  void anAckIsDueEveryFewStanzas() {
    StreamAcks acks = new StreamAcks();
    for (int i = 1; i < StreamAcks.REQUEST_EVERY; i++) {
      assertThat(acks.sent(message("m" + i))).isFalse();
    }
    assertThat(acks.sent(message("last"))).isTrue();
    assertThat(acks.unrequested()).isEqualTo(StreamAcks.REQUEST_EVERY);
    acks.requested();
    assertThat(acks.unrequested()).isZero();
  }
}

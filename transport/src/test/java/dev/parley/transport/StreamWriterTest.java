package dev.parley.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer puts on the wire, and in how many writes. */
class StreamWriterTest {
  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final StreamWriter writer = new StreamWriter(channel, Namespaces.CLIENT);

  private static Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", "s1");
    attributes.put("from", "example.com");
    return attributes;
  }

  private String nextWrite() {
    ByteBuf buffer = channel.readOutbound();
    assertThat(buffer).isNotNull();
    try {
      return buffer.toString(StandardCharsets.UTF_8);
    } finally {
      buffer.release();
    }
  }

  @Test
  void headerWithFeaturesIsOneFlushedWrite() {
    writer.header(
        attributes(),
        Element.builder("features", Namespaces.STREAM).child("bind", Namespaces.BIND).build());

    assertThat(nextWrite())
        .isEqualTo(
            "<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='example.com'>"
                + "<stream:features><bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"/>"
                + "</stream:features>");
    assertThat(channel.outboundMessages()).isEmpty();
  }

  @Test
  void headerAloneEscapesAttributes() {
    writer.header(Map.of("from", "a'b"));

    assertThat(nextWrite()).endsWith(" from='a&apos;b'>");
  }

  @Test
  void appendAndFlushWritesAtOnce() {
    writer.appendAndFlush(Element.of("r", Namespaces.STREAM_MANAGEMENT));

    assertThat(nextWrite()).isEqualTo("<r xmlns=\"urn:xmpp:sm:3\"/>");
  }

  @Test
  void appendWaitsForFlush() {
    writer.append(Element.of("r", Namespaces.STREAM_MANAGEMENT));
    assertThat(channel.outboundMessages()).isEmpty();

    writer.flush();

    assertThat(nextWrite()).isEqualTo("<r xmlns=\"urn:xmpp:sm:3\"/>");
  }
}

package dev.parley.bench.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class EchoSessionTest {
  private static final String HEADER =
      "<?xml version='1.0'?><stream:stream to='bench.test' version='1.0' xmlns='jabber:client'"
          + " xmlns:stream='http://etherx.jabber.org/streams'>";

  private final EchoDirectory directory = new EchoDirectory();

  @Test
  void offersStartTlsFirstThenPutsTlsInFrontAfterProceed() throws Exception {
    EchoSession session =
        new EchoSession("bench.test", tls(), new ScramServer("pw", 4096), directory);
    EmbeddedChannel channel = new EmbeddedChannel(session);
    channel.writeInbound(bytes(HEADER));
    String answer = drain(channel);
    assertThat(answer).contains("from='bench.test'").contains("<starttls").contains("<required/>");

    channel.writeInbound(bytes("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"));
    assertThat(drain(channel)).isEqualTo("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    assertThat(channel.pipeline().get("tls")).isNotNull();
    assertThat(session.stage()).isEqualTo(EchoSession.Stage.ENCRYPTED);
  }

  @Test
  void aMessageBeforeBindClosesTheConnection() {
    EmbeddedChannel channel =
        new EmbeddedChannel(new EchoSession("bench.test", null, null, directory));
    channel.writeInbound(bytes(HEADER + "<message to='a@bench.test'><body>x</body></message>"));
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void theDirectoryRoutesBareAndFullJidsToTheAccountsSession() {
    EmbeddedChannel alice = new EmbeddedChannel();
    directory.bind("alice@bench.test/load", alice);
    assertThat(directory.route("alice@bench.test")).contains(alice);
    assertThat(directory.route("alice@bench.test/other")).contains(alice);
    assertThat(directory.route("bob@bench.test")).isEmpty();
    directory.unbind("alice@bench.test/load", new EmbeddedChannel()); // not its session: kept
    assertThat(directory.size()).isEqualTo(1);
    directory.unbind("alice@bench.test/load", alice);
    assertThat(directory.route("alice@bench.test")).isEmpty();
  }

  private static SslContext tls() throws Exception {
    IssuedCertificate certificate = TestCa.create("Echo Test CA").issue("bench.test");
    return SslContextBuilder.forServer(
            certificate.key(), certificate.chain().toArray(new X509Certificate[0]))
        .build();
  }

  private static ByteBuf bytes(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
  }

  private static String drain(EmbeddedChannel channel) {
    StringBuilder out = new StringBuilder();
    for (ByteBuf buf = channel.readOutbound(); buf != null; buf = channel.readOutbound()) {
      out.append(buf.toString(StandardCharsets.UTF_8));
      buf.release();
    }
    return out.toString();
  }
}

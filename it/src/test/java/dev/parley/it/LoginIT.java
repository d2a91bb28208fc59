package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 6120 §5-§7 with real clients: TLS, each SASL mechanism, binding. */
class LoginIT {
  private static TestNode node;

  @BeforeAll
  static void start() {
    node = TestNode.start();
    node.user("alice", "wonderland");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void smackLogsInWithScramSha1OverStartTls() {
    XMPPTCPConnection alice =
        Clients.connect(
            Clients.config(node, "alice", "wonderland", "phone")
                .addEnabledSaslMechanism("SCRAM-SHA-1"),
            c -> c);
    try {
      assertThat(alice.isSecureConnection()).isTrue();
      assertThat(alice.getUsedSaslMechansism()).isEqualTo("SCRAM-SHA-1");
      assertThat(alice.getUser().toString()).isEqualTo("alice@localhost/phone");
    } finally {
      alice.disconnect();
    }
  }

  @Test
  void smackLogsInWithPlainInsideTls() {
    XMPPTCPConnection alice =
        Clients.connect(
            Clients.config(node, "alice", "wonderland", "laptop").addEnabledSaslMechanism("PLAIN"),
            c -> c);
    try {
      assertThat(alice.getUsedSaslMechansism()).isEqualTo("PLAIN");
      assertThat(alice.isAuthenticated()).isTrue();
    } finally {
      alice.disconnect();
    }
  }

  @Test
  void smackLogsInOverDirectTls() {
    XMPPTCPConnection alice =
        Clients.connect(
            Clients.config(node, "alice", "wonderland", "direct")
                .setPort(node.directTlsAddress().getPort())
                .setSecurityMode(SecurityMode.disabled)
                .setSocketFactory(node.trustingContext().getSocketFactory()),
            c -> c);
    try {
      assertThat(alice.isAuthenticated()).isTrue();
    } finally {
      alice.disconnect();
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThatThrownBy(() -> Clients.connect(node, "alice", "looking-glass", "x"))
        .hasMessageContaining("not-authorized");
  }

  @Test
  void anUnknownUserLooksLikeAWrongPassword() {
    assertThatThrownBy(() -> Clients.connect(node, "nobody", "wonderland", "x"))
        .hasMessageContaining("not-authorized");
  }

  @Test
  void scramSha256FromTheRfcsAuthenticatesAndTheServerProvesItsKey() throws Exception {
    try (RawClient client = new RawClient(node)) {
      client.startTls();
      ScramSha256Client scram = new ScramSha256Client("alice", "wonderland");
      client.send(
          "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-256'>"
              + b64(scram.clientFirst())
              + "</auth>");
      String serverFirst = unb64(text(client.await("</challenge>"), "challenge"));
      client.send(
          "<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
              + b64(scram.clientFinal(serverFirst))
              + "</response>");
      String success = text(client.await("</success>"), "success");
      assertThat(scram.verifyServer(unb64(success))).isTrue();
    }
  }

  @Test
  void plainIsNotOfferedBeforeTls() throws Exception {
    try (RawClient client = new RawClient(node)) {
      client.openStream();
      String features = client.await("</stream:features>");
      assertThat(features).contains("<starttls").contains("<required/>").doesNotContain("PLAIN");
    }
  }

  @Test
  void authenticationBeforeStartTlsIsAPolicyViolation() throws Exception {
    try (RawClient client = new RawClient(node)) {
      client.openStream();
      client.await("</stream:features>");
      client.send(
          "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHg=</auth>");
      assertThat(client.await("</stream:stream>")).contains("<policy-violation");
    }
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String unb64(String text) {
    return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
  }

  private static String text(String xml, String element) {
    Matcher m = Pattern.compile("<" + element + "[^>]*>([^<]*)</" + element + ">").matcher(xml);
    if (!m.find()) {
      throw new AssertionError("no " + element + " in " + xml);
    }
    return m.group(1);
  }
}

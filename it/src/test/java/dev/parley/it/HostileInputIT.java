package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.c2s.C2sSettings;
import dev.parley.protocol.XmlLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 6120 against a hostile client over real sockets: every case checks the exact answer the RFC
 * requires, then that well-behaved Smack sessions on the same node are unharmed.
 */
class HostileInputIT {
  private static final int MAX_STANZA = 16 * 1024;
  private static final String STREAMS_NS = "urn:ietf:params:xml:ns:xmpp-streams";
  private static final String STANZAS_NS = "urn:ietf:params:xml:ns:xmpp-stanzas";
  private static final Pattern STREAM_ERROR =
      Pattern.compile("<stream:error>\\s*<([a-z-]+)\\s+xmlns='([^']*)'");
  private static final Pattern STANZA_ERROR =
      Pattern.compile("<error\\s[^>]*>\\s*<([a-z-]+)\\s+xmlns='([^']*)'");
  private static TestNode node;
  private static HostileInputWitnesses witnesses;
  private static int resources;

  @BeforeAll
  static void start() {
    C2sSettings defaults = C2sSettings.DEFAULT;
    node =
        TestNode.start(
            new C2sSettings(
                defaults.tlsRequired(),
                defaults.maxAuthFailures(),
                defaults.idleTimeout(),
                defaults.keepaliveInterval(),
                new XmlLimits(MAX_STANZA, defaults.limits().maxDepth()),
                defaults.resumptionTimeout(),
                defaults.maxUnacked()));
    node.user("alice", "wonderland");
    witnesses = HostileInputWitnesses.connect(node);
  }

  @AfterAll
  static void stop() {
    if (witnesses != null) {
      witnesses.close();
    }
    node.close();
  }

  @AfterEach
  void othersAreUnharmed() {
    witnesses.assertUnharmed();
  }

  // --- XML the stream reader must refuse (RFC 6120 §4.9.3, §11) ---

  @Test
  void malformedXmlAfterAuthenticationIsNotWellFormed() throws IOException {
    try (RawClient alice = alice()) {
      alice.send("<message><body></message>");
      // §4.9.3.13: XML that violates the well-formedness rules of [XML].
      assertStreamError(alice, "not-well-formed");
    }
  }

  @Test
  void aStanzaOverTheSizeLimitIsAPolicyViolation() throws IOException {
    try (RawClient alice = alice()) {
      sendIgnoringReset(
          alice,
          "<message to='bob@localhost'><body>" + "a".repeat(64 * 1024) + "</body></message>");
      // §4.9.3.14: "a stanza exceeds a configured size limit".
      assertStreamError(alice, "policy-violation");
    }
  }

  @Test
  void aDoctypeBeforeTheStreamHeaderIsRestrictedXml() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.send(
          "<?xml version='1.0'?>"
              + billionLaughsDtd()
              + "<stream:stream to='localhost' version='1.0' xmlns='jabber:client'"
              + " xmlns:stream='http://etherx.jabber.org/streams'>");
      // §11.1: DTD subsets and entity declarations are prohibited; §4.9.3.18 restricted-xml.
      String reply = assertStreamError(client, "restricted-xml");
      // §4.9.1.2: even an error before the header arrives inside a stream of the server's own.
      assertThat(reply.indexOf("<stream:stream")).isBetween(0, reply.indexOf("<stream:error"));
    }
  }

  @Test
  void aDoctypeInsideTheStreamIsRestrictedXml() throws IOException {
    try (RawClient alice = alice()) {
      alice.send(billionLaughsDtd() + "<message to='bob@localhost'><body>&lol9;</body></message>");
      assertStreamError(alice, "restricted-xml");
    }
  }

  @Test
  void anEntityReferenceIsRestrictedXml() throws IOException {
    try (RawClient alice = alice()) {
      // §11.1: only the five predefined entities may be referenced.
      alice.send("<message to='bob@localhost'><body>&lol9;</body></message>");
      assertStreamError(alice, "restricted-xml");
    }
  }

  @Test
  void aCommentInsideAStanzaIsRestrictedXml() throws IOException {
    try (RawClient alice = alice()) {
      alice.send("<message to='bob@localhost'><!-- hidden --><body>x</body></message>");
      assertStreamError(alice, "restricted-xml");
    }
  }

  @Test
  void aProcessingInstructionInsideAStanzaIsRestrictedXml() throws IOException {
    try (RawClient alice = alice()) {
      alice.send("<message to='bob@localhost'><?evil run?><body>x</body></message>");
      assertStreamError(alice, "restricted-xml");
    }
  }

  @Test
  void invalidUtf8IsAnUnsupportedEncoding() throws IOException {
    try (RawClient alice = alice()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes("<message to='bob@localhost'><body>".getBytes(StandardCharsets.UTF_8));
      // 0xC3 opens a two-byte sequence that 0x28 ('(') cannot continue; 0xFF never occurs.
      bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      bytes.writeBytes("</body></message>".getBytes(StandardCharsets.UTF_8));
      alice.send(bytes.toByteArray());
      // §4.9.3.22: "has otherwise improperly encoded the stream (e.g., by violating the rules
      // of the [UTF-8] encoding)"; §11.6.
      assertStreamError(alice, "unsupported-encoding");
    }
  }

  // --- addressing and stanza semantics (RFC 6120 §8) ---

  @Test
  void aSpoofedFromIsInvalidFromAndNeverDelivered() throws IOException {
    try (RawClient alice = alice()) {
      alice.send(
          "<message from='bob@localhost/x' to='bob@localhost' id='spoof'>"
              + "<body>spoofed</body></message>");
      // §4.9.3.9 invalid-from; that bob received nothing is checked after each test.
      assertStreamError(alice, "invalid-from");
    }
  }

  @Test
  void anIqForAnUnknownNamespaceIsServiceUnavailableAndTheSessionStays() throws IOException {
    try (RawClient alice = alice()) {
      alice.send(
          "<iq type='get' id='unknown1' to='localhost'><query xmlns='urn:example:nope'/></iq>");
      String reply = normalized(alice.await("</iq>"));
      // §8.4: a get or set with a payload nobody understands gets service-unavailable;
      // §8.3.3.19 gives it the error type cancel.
      assertThat(reply).contains("id='unknown1'").contains("type='error'");
      assertThat(stanzaError(reply)).isEqualTo("service-unavailable");
      assertThat(reply).containsPattern("<error\\s[^>]*type='cancel'");
      alice.send("<iq type='get' id='ping1' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>");
      // The answer may be a self-closing <iq/>: wait for its id, then read the tag up to it.
      String pong = normalized(alice.await("ping1"));
      assertThat(pong.substring(pong.lastIndexOf("<iq"))).contains("type='result'");
    }
  }

  @Test
  void anIqWithoutIdIsABadRequest() throws IOException {
    try (RawClient alice = alice()) {
      alice.send("<iq type='get' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>");
      // §8.1.3: 'id' is REQUIRED on an IQ; §8.3.3.1 bad-request.
      String reply = normalized(alice.await("</iq>"));
      assertThat(reply).contains("type='error'");
      assertThat(stanzaError(reply)).isEqualTo("bad-request");
    }
  }

  @Test
  void anIqGetWithTwoChildrenIsABadRequest() throws IOException {
    try (RawClient alice = alice()) {
      alice.send(
          "<iq type='get' id='two' to='localhost'><ping xmlns='urn:xmpp:ping'/>"
              + "<query xmlns='jabber:iq:version'/></iq>");
      // §8.2.3 rule 6: a get or set MUST contain exactly one child element.
      String reply = normalized(alice.await("</iq>"));
      assertThat(reply).contains("id='two'").contains("type='error'");
      assertThat(stanzaError(reply)).isEqualTo("bad-request");
    }
  }

  @Test
  void aMessageToAMalformedAddressIsJidMalformed() throws IOException {
    try (RawClient alice = alice()) {
      alice.send("<message to='@@' id='bad-to'><body>x</body></message>");
      // §8.3.3.8: an address "in the 'to' address of a stanza" that violates XMPP-ADDR.
      String reply = normalized(alice.await("</message>"));
      assertThat(reply).contains("id='bad-to'").contains("type='error'");
      assertThat(stanzaError(reply)).isEqualTo("jid-malformed");
    }
  }

  // --- negotiation order (RFC 6120 §4.3, §6, §7) ---

  @Test
  void aStanzaBeforeAuthenticationIsNotAuthorized() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.startTls();
      client.send("<message to='bob@localhost'><body>x</body></message>");
      // §4.9.3.12: stanzas before the stream is authenticated.
      assertStreamError(client, "not-authorized");
    }
  }

  @Test
  void aStanzaBeforeResourceBindingIsNotAuthorized() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.startTls();
      client.send(plainAuth("alice", "wonderland"));
      client.await("<success");
      client.openStream();
      client.await("</stream:features>");
      client.send("<message to='bob@localhost'><body>x</body></message>");
      assertStreamError(client, "not-authorized");
    }
  }

  @Test
  void aStreamToAnUnhostedDomainGetsAHeaderThenHostUnknown() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.send(
          "<?xml version='1.0'?><stream:stream to='elsewhere.example' version='1.0'"
              + " xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
      String reply = assertStreamError(client, "host-unknown");
      // §4.9.1.2: an error triggered by the initial header still comes inside a stream header.
      assertThat(reply.indexOf("<stream:stream")).isBetween(0, reply.indexOf("<stream:error"));
    }
  }

  @Test
  void theServerContentNamespaceOnTheClientPortIsAnInvalidNamespace() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.send(
          "<?xml version='1.0'?><stream:stream to='localhost' version='1.0'"
              + " xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>");
      // §4.9.3.10: the default content namespace is not one this port supports.
      String reply = assertStreamError(client, "invalid-namespace");
      assertThat(reply.indexOf("<stream:stream")).isBetween(0, reply.indexOf("<stream:error"));
    }
  }

  @Test
  void repeatedAuthenticationFailuresEndInAPolicyViolation() throws IOException {
    try (RawClient client = new RawClient(node)) {
      client.startTls();
      for (int attempt = 1; attempt <= C2sSettings.DEFAULT.maxAuthFailures(); attempt++) {
        client.send(plainAuth("alice", "guess-" + attempt));
        String failure = normalized(client.await("</failure>"));
        assertThat(failure).as("attempt %d", attempt).contains("<not-authorized");
      }
      // §6.4.5: past the retry limit the stream closes, SHOULD be with policy-violation.
      assertStreamError(client, "policy-violation");
    }
  }

  // --- helpers ---

  private static RawClient alice() throws IOException {
    RawClient client = new RawClient(node);
    client.login("alice", "wonderland", "hostile" + ++resources);
    return client;
  }

  /**
   * Waits for the end of the stream and asserts it carries exactly {@code condition} in the streams
   * namespace and that the server then closes the connection. Returns what was read.
   */
  private static String assertStreamError(RawClient client, String condition) throws IOException {
    String reply = normalized(client.await("</stream:stream>"));
    Matcher m = STREAM_ERROR.matcher(reply);
    assertThat(m.find()).as("a stream error in: %s", reply).isTrue();
    assertThat(m.group(1)).as("stream error condition in: %s", reply).isEqualTo(condition);
    assertThat(m.group(2)).isEqualTo(STREAMS_NS);
    assertThat(client.closedByServer(Duration.ofSeconds(5)))
        .as("the server closes the connection after </stream:stream>")
        .isTrue();
    return reply;
  }

  private static String stanzaError(String reply) {
    Matcher m = STANZA_ERROR.matcher(reply);
    assertThat(m.find()).as("a stanza error in: %s", reply).isTrue();
    assertThat(m.group(2)).isEqualTo(STANZAS_NS);
    return m.group(1);
  }

  /** Attribute quotes vary between serializers; compare with single quotes only. */
  private static String normalized(String xml) {
    return xml.replace('"', '\'');
  }

  /**
   * Sends a large write; the server may close (and reset) the connection before it has read it all,
   * which must not hide the stream error it sent first.
   */
  private static void sendIgnoringReset(RawClient client, String xml) {
    try {
      client.send(xml);
    } catch (IOException e) {
      // the answer is checked by reading
    }
  }

  private static String plainAuth(String user, String password) {
    String token = "\0" + user + "\0" + password;
    return "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
        + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
        + "</auth>";
  }

  /** The prefix of the classic "billion laughs" expansion bomb: ten levels of tenfold entities. */
  private static String billionLaughsDtd() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
    for (int level = 1; level <= 9; level++) {
      dtd.append("<!ENTITY lol").append(level).append(" '");
      dtd.append(("&lol" + (level - 1) + ";").repeat(10)).append("'>");
    }
    return dtd.append("]>").toString();
  }
}

package dev.parley.testkit.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The proof that the launchers make working federation peers: Prosody and ejabberd, both in the
 * same security mode (No TLS: dialback only, XEP-0220; TLS Optional; TLS Required with strict
 * certificates and SASL EXTERNAL), find each other through SRV records served by dnsmasq on
 * non-standard s2s ports, and a chat message crosses the link in each direction.
 */
class PeerFederationIT {

  private static final String DNS_ADDRESS = "127.0.0.60";
  private static final String PROSODY_ADDRESS = "127.0.0.61";
  private static final String EJABBERD_ADDRESS = "127.0.0.62";
  private static final int S2S_PORT = 25269;

  @TempDir static Path certificates;

  @ParameterizedTest
  @EnumSource(SecurityMode.class)
  void prosodyAndEjabberdExchangeMessages(SecurityMode mode) throws Exception {
    TestCertificates ca = new TestCertificates(certificates.resolve(mode.name()));
    DnsRecords records =
        DnsRecords.builder()
            .srv("_xmpp-server", "prosody.test", "prosody.test", S2S_PORT, 0, 0)
            .a("prosody.test", PROSODY_ADDRESS)
            .srv("_xmpp-server", "ejabberd.test", "ejabberd.test", S2S_PORT, 0, 0)
            .a("ejabberd.test", EJABBERD_ADDRESS)
            .build();
    // Port 53: ejabberd's glibc lookups (and Prosody without lua-unbound) cannot use another.
    try (Dnsmasq dns = Dnsmasq.start(DNS_ADDRESS, 53, records);
        ProsodyPeer prosody =
            ProsodyPeer.start(config("prosody.test", PROSODY_ADDRESS, dns, mode, ca));
        EjabberdPeer ejabberd =
            EjabberdPeer.start(config("ejabberd.test", EJABBERD_ADDRESS, dns, mode, ca))) {
      prosody.register("alice", "secret-a");
      ejabberd.register("bob", "secret-b");
      PeerDiagnostics.withLogs(
          List.of(prosody, ejabberd),
          () -> {
            try {
              exchange(prosody, ejabberd);
              assertLinkAuthenticatedBy(ejabberd, mode);
            } catch (Exception | AssertionError e) {
              e.addSuppressed(new PeerDiagnostics.PeerLog("dnsmasq log:\n" + dns.log()));
              throw e;
            }
          });
    }
  }

  private static void exchange(ProsodyPeer prosody, EjabberdPeer ejabberd) throws Exception {
    XMPPTCPConnection alice = SmackClients.login(prosody, "alice", "secret-a");
    XMPPTCPConnection bob = SmackClients.login(ejabberd, "bob", "secret-b");
    try {
      BlockingQueue<Message> aliceInbox = SmackClients.inbox(alice);
      BlockingQueue<Message> bobInbox = SmackClients.inbox(bob);

      alice.sendStanza(message(alice, "bob@ejabberd.test", "hello from prosody"));
      Message atBob = bobInbox.poll(20, TimeUnit.SECONDS);
      assertThat(atBob).as("message from Prosody to ejabberd").isNotNull();
      assertThat(atBob.getBody()).isEqualTo("hello from prosody");
      assertThat(atBob.getFrom().asBareJid().toString()).isEqualTo("alice@prosody.test");

      bob.sendStanza(message(bob, "alice@prosody.test", "hello from ejabberd"));
      Message atAlice = aliceInbox.poll(20, TimeUnit.SECONDS);
      assertThat(atAlice).as("message from ejabberd to Prosody").isNotNull();
      assertThat(atAlice.getBody()).isEqualTo("hello from ejabberd");
      assertThat(atAlice.getFrom().asBareJid().toString()).isEqualTo("bob@ejabberd.test");
    } finally {
      alice.disconnect();
      bob.disconnect();
    }
  }

  /**
   * The link really ran in {@code mode}: ejabberd logs how it accepted Prosody's inbound stream, by
   * dialback in No TLS and by SASL EXTERNAL over TLS in both TLS modes (Prosody prefers TLS when it
   * is offered).
   */
  private static void assertLinkAuthenticatedBy(EjabberdPeer ejabberd, SecurityMode mode)
      throws Exception {
    String transport = mode.usesTls() ? "tls" : "tcp";
    String method = mode.usesTls() ? "EXTERNAL" : "dialback";
    Pattern line =
        Pattern.compile(
            "\\("
                + transport
                + "\\|.*Accepted inbound s2s "
                + method
                + " authentication prosody\\.test -> ejabberd\\.test");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    // ejabberd's logger writes asynchronously; the line may trail the delivered message a little.
    while (!line.matcher(Files.readString(ejabberd.logFile())).find()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(ejabberd.logFile())).containsPattern(line);
  }

  private static Message message(XMPPTCPConnection from, String to, String body) throws Exception {
    return from.getStanzaFactory()
        .buildMessageStanza()
        .to(JidCreate.entityBareFrom(to))
        .ofType(Message.Type.chat)
        .setBody(body)
        .build();
  }

  private static PeerConfig config(
      String domain, String address, Dnsmasq dns, SecurityMode mode, TestCertificates ca) {
    PeerConfig.Builder builder =
        PeerConfig.builder(domain)
            .address(address)
            .c2sPort(25222)
            .s2sPort(S2S_PORT)
            .httpPort(25280)
            .mode(mode)
            .dnsServer(new InetSocketAddress(dns.address().getAddress(), dns.address().getPort()))
            .logDirectory(PeerStartIT.LOGS);
    if (mode.usesTls()) {
      builder.tls(ca.forDomain(domain));
    }
    return builder.build();
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import dev.parley.protocol.BareJid;
import dev.parley.testkit.dns.DnsRecords;
import dev.parley.testkit.dns.Dnsmasq;
import dev.parley.testkit.peers.PeerConfig;
import dev.parley.testkit.peers.ProsodyPeer;
import dev.parley.testkit.peers.SecurityMode;
import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.ConnectionConfiguration;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The issue's end-to-end case with a real Prosody peer: the Parley user jdoe@im.example.com has the
 * email john.doe@example.com; with email addresses for federation turned on (and the Router
 * restarted), a Prosody user adds john.doe@example.com, subscribes, chats, and everything that
 * arrives from Parley comes from john.doe@example.com, never from im.example.com.
 *
 * <p>example.com is an email domain of the node ({@code federation.email-domains}): served over
 * federation (its SRV record points at the node, dialback and certificate cover it) but not a
 * domain clients log in to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailFederationIT {
  private static final String IM = "im.example.com";
  private static final String EMAIL_DOMAIN = "example.com";
  private static final String PEER = "prosody.test";
  private static final String PARLEY_ADDRESS = "127.0.46.1";
  private static final String PEER_ADDRESS = "127.0.46.2";
  private static final String DNS_ADDRESS = "127.0.46.53";
  private static final int S2S_PORT = 25269;

  private final TestCa ca = TestCa.create("Email Federation Test CA");
  private Dnsmasq dns;
  private ProsodyPeer prosody;
  private ParleyNode parley;
  private Path data;

  @BeforeAll
  void start() throws Exception {
    dns =
        Dnsmasq.start(
            DNS_ADDRESS,
            53,
            DnsRecords.builder()
                .srv("_xmpp-server", IM, IM, S2S_PORT, 0, 0)
                .a(IM, PARLEY_ADDRESS)
                .srv("_xmpp-server", EMAIL_DOMAIN, IM, S2S_PORT, 0, 0)
                .srv("_xmpp-server", PEER, PEER, S2S_PORT, 0, 0)
                .a(PEER, PEER_ADDRESS)
                .build());
    Path dir = Files.createTempDirectory("parley-email-it");
    prosody =
        ProsodyPeer.start(
            PeerConfig.builder(PEER)
                .address(PEER_ADDRESS)
                .c2sPort(25222)
                .s2sPort(S2S_PORT)
                .httpPort(25280)
                .mode(SecurityMode.NO_TLS)
                .dnsServer(new InetSocketAddress(DNS_ADDRESS, 53))
                .logDirectory(Path.of("target", "peer-logs", "prosody-email").toAbsolutePath())
                .build());
    data = Files.createDirectories(dir.resolve("parley"));
    IssuedCertificate.PemFiles im = ca.issue(IM).writeTo(data, IM);
    IssuedCertificate.PemFiles email = ca.issue(EMAIL_DOMAIN).writeTo(data, EMAIL_DOMAIN);
    Path config = data.resolve("parley.yml");
    Files.writeString(
        config,
        """
        node: {name: node-email}
        domains:
          - name: %1$s
            certificate: %2$s
            key: %3$s
        listeners:
          c2s: {address: %7$s, port: 0}
          c2s-direct-tls: {enabled: false}
          admin: {address: %7$s, port: 0}
          s2s: {address: %7$s, port: %8$d}
        federation:
          dns-resolvers: ["%9$s:53"]
          email-domains:
            - name: %4$s
              certificate: %5$s
              key: %6$s
          initial:
            enabled: true
            security-mode: NO_TLS
            dialback-secret: a-long-dialback-secret-for-email
        """
            .formatted(
                IM,
                im.chain(),
                im.key(),
                EMAIL_DOMAIN,
                email.chain(),
                email.key(),
                PARLEY_ADDRESS,
                S2S_PORT,
                DNS_ADDRESS));
    parley = ParleyNode.start(ConfigLoader.load(Optional.of(config), Optional.empty()), data);
  }

  @AfterAll
  void stop() {
    if (parley != null) {
      parley.close();
    }
    if (prosody != null) {
      prosody.close();
    }
    if (dns != null) {
      dns.close();
    }
  }

  @Test
  void aProsodyUserSeesTheParleyUserOnlyByEmailAddress() throws Exception {
    parley.accounts().create(BareJid.of("jdoe", IM), "jdoe-secret".toCharArray(), false);
    prosody.register("bob", "bob-secret");

    // The operator's steps: the user's email, the setting, the Router restart.
    assertThat(
            api(
                "PUT",
                "/api/users/jdoe@im.example.com/email",
                "{\"email\":\"john.doe@example.com\"}"))
        .contains("john.doe@example.com");
    assertThat(api("PUT", "/api/federation/email-addresses", "{\"enabled\":true}"))
        .contains("\"restartPending\":true");
    assertThat(api("GET", "/api/services", null)).contains("\"restartPending\":true");
    api("POST", "/api/services/router/restart", "");
    assertThat(api("GET", "/api/federation/email-addresses", null))
        .contains("\"applied\":true")
        .contains("\"restartPending\":false");

    XMPPTCPConnection jdoe = parleyClient();
    XMPPTCPConnection bob = prosodyClient();
    try {
      List<Stanza> fromParley = new CopyOnWriteArrayList<>();
      bob.addAsyncStanzaListener(
          s -> {
            if (s.getFrom() != null && s.getFrom().getDomain().toString().endsWith("example.com")) {
              fromParley.add(s);
            }
          },
          s -> true);
      BlockingQueue<Message> bobInbox = inbox(bob);
      BlockingQueue<Message> jdoeInbox = inbox(jdoe);
      org.jxmpp.jid.BareJid johnDoe = JidCreate.bareFrom("john.doe@example.com");
      org.jxmpp.jid.BareJid bobJid = JidCreate.bareFrom("bob@prosody.test");

      Roster.getInstanceFor(bob).createItemAndRequestSubscription(johnDoe, "John", null);
      Roster.getInstanceFor(jdoe).createItemAndRequestSubscription(bobJid, "Bob", null);
      Await.until(
          "bob sees john.doe@example.com online",
          () -> Roster.getInstanceFor(bob).getPresence(johnDoe).isAvailable());
      Await.until(
          "jdoe sees bob online",
          () -> Roster.getInstanceFor(jdoe).getPresence(bobJid).isAvailable());
      Await.until(
          "bob's roster holds john.doe@example.com with subscription both",
          () -> {
            RosterEntry entry = Roster.getInstanceFor(bob).getEntry(johnDoe);
            return entry != null
                && entry.getType()
                    == org.jivesoftware.smack.roster.packet.RosterPacket.ItemType.both;
          });
      // The local roster holds the remote contact's JID, unchanged.
      assertThat(Roster.getInstanceFor(jdoe).getEntry(bobJid)).isNotNull();

      bob.sendStanza(chat(bob, johnDoe, "hello John"));
      Message atJdoe = Await.next("bob's message at jdoe", jdoeInbox);
      assertThat(atJdoe.getBody()).isEqualTo("hello John");
      assertThat(atJdoe.getFrom().asBareJid().toString()).isEqualTo("bob@prosody.test");

      jdoe.sendStanza(chat(jdoe, bobJid, "hello Bob"));
      Message atBob = Await.next("jdoe's reply at bob", bobInbox);
      assertThat(atBob.getBody()).isEqualTo("hello Bob");
      assertThat(atBob.getFrom().asBareJid().toString()).isEqualTo("john.doe@example.com");

      assertThat(fromParley).isNotEmpty();
      assertThat(fromParley)
          .as("every stanza bob got from Parley's side")
          .allSatisfy(
              s ->
                  assertThat(s.getFrom().asBareJid().toString()).isEqualTo("john.doe@example.com"));
      assertThat(api("GET", "/api/federation/email-addresses/impact", null))
          .contains("jdoe@im.example.com")
          .contains("bob@prosody.test");
    } finally {
      jdoe.disconnect();
      bob.disconnect();
    }
  }

  private String api(String method, String path, String body) throws Exception {
    String token = Files.readString(data.resolve("admin.token")).strip();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://" + PARLEY_ADDRESS + ":" + parley.adminPort() + path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    return response.body();
  }

  private XMPPTCPConnection parleyClient() throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    store.setCertificateEntry("ca", ca.certificate());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    InetSocketAddress c2s = parley.clientAddresses().get(0);
    return Clients.connect(
        XMPPTCPConnectionConfiguration.builder()
            .setXmppDomain(IM)
            .setHostAddress(c2s.getAddress())
            .setPort(c2s.getPort())
            .setUsernameAndPassword("jdoe", "jdoe-secret")
            .setResource("laptop")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.required)
            .setCustomX509TrustManager((X509TrustManager) factory.getTrustManagers()[0])
            .setConnectTimeout(10_000),
        EmailFederationIT::acceptAll);
  }

  private XMPPTCPConnection prosodyClient() throws Exception {
    InetSocketAddress c2s = prosody.config().c2sAddress();
    return Clients.connect(
        XMPPTCPConnectionConfiguration.builder()
            .setXmppDomain(PEER)
            .setHostAddress(c2s.getAddress())
            .setPort(c2s.getPort())
            .setUsernameAndPassword("bob", "bob-secret")
            .setResource("phone")
            .setSecurityMode(ConnectionConfiguration.SecurityMode.disabled)
            .setConnectTimeout(10_000),
        EmailFederationIT::acceptAll);
  }

  private static XMPPTCPConnection acceptAll(XMPPTCPConnection connection) {
    Roster.getInstanceFor(connection).setSubscriptionMode(Roster.SubscriptionMode.accept_all);
    return connection;
  }

  private static Message chat(XMPPTCPConnection from, org.jxmpp.jid.BareJid to, String body) {
    return from.getStanzaFactory()
        .buildMessageStanza()
        .to(to)
        .ofType(Message.Type.chat)
        .setBody(body)
        .build();
  }

  private static BlockingQueue<Message> inbox(XMPPTCPConnection connection) {
    BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    connection.addAsyncStanzaListener(s -> inbox.add((Message) s), MessageTypeFilter.CHAT);
    return inbox;
  }
}

package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxmpp.jid.impl.JidCreate;

/** Two Parley nodes federate in each security mode of the seed, found through DNS SRV. */
class FederationIT {

  @ParameterizedTest(name = "{0} strict={1} saslExternal={2}")
  @CsvSource({
    "NO_TLS, false, false",
    "TLS_OPTIONAL, false, false",
    "TLS_OPTIONAL, true, true",
    "TLS_REQUIRED, true, true",
    "TLS_REQUIRED, true, false"
  })
  void chatBothWaysBetweenTwoDomains(String mode, boolean strict, boolean sasl) throws Exception {
    try (FederatedPair pair = new FederatedPair(mode, strict, sasl)) {
      pair.a.accounts().create(BareJid.of("alice", "a.test"), "alice-secret".toCharArray(), false);
      pair.b.accounts().create(BareJid.of("bob", "b.test"), "bob-secret".toCharArray(), false);
      XMPPTCPConnection alice = pair.login(pair.a, "alice", "alice-secret");
      XMPPTCPConnection bob = pair.login(pair.b, "bob", "bob-secret");
      try {
        BlockingQueue<Message> atBob = new LinkedBlockingQueue<>();
        BlockingQueue<Message> atAlice = new LinkedBlockingQueue<>();
        bob.addAsyncStanzaListener(s -> atBob.add((Message) s), MessageTypeFilter.CHAT);
        alice.addAsyncStanzaListener(s -> atAlice.add((Message) s), MessageTypeFilter.CHAT);
        alice.sendStanza(
            alice
                .getStanzaFactory()
                .buildMessageStanza()
                .to(JidCreate.entityBareFrom("bob@b.test"))
                .ofType(Message.Type.chat)
                .setBody("hello from a.test")
                .build());
        Message received = Await.next("alice's message at bob", atBob);
        assertThat(received.getBody()).isEqualTo("hello from a.test");
        assertThat(received.getFrom().toString()).isEqualTo("alice@a.test/test");
        bob.sendStanza(
            bob.getStanzaFactory()
                .buildMessageStanza()
                .to(received.getFrom())
                .ofType(Message.Type.chat)
                .setBody("hello back")
                .build());
        assertThat(Await.next("bob's reply at alice", atAlice).getBody()).isEqualTo("hello back");
        assertThat(pair.a.federationAdmin().sessions()).isNotEmpty();
      } finally {
        alice.disconnect();
        bob.disconnect();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NO_TLS", "TLS_REQUIRED"})
  void aMessageToADomainWithoutDnsRecordsBouncesWithTheReason(String mode) throws Exception {
    try (FederatedPair pair = new FederatedPair(mode, mode.equals("TLS_REQUIRED"), false)) {
      pair.a.accounts().create(BareJid.of("alice", "a.test"), "alice-secret".toCharArray(), false);
      XMPPTCPConnection alice = pair.login(pair.a, "alice", "alice-secret");
      try {
        BlockingQueue<Message> errors = new LinkedBlockingQueue<>();
        alice.addAsyncStanzaListener(s -> errors.add((Message) s), MessageTypeFilter.ERROR);
        alice.sendStanza(
            alice
                .getStanzaFactory()
                .buildMessageStanza()
                .to(JidCreate.entityBareFrom("nobody@nowhere.test"))
                .ofType(Message.Type.chat)
                .setBody("anyone?")
                .build());
        Message error = Await.next("the bounce", errors);
        assertThat(error.getError().getCondition())
            .isEqualTo(StanzaError.Condition.remote_server_not_found);
        assertThat(error.getError().getDescriptiveText()).contains("nowhere.test");
        Object reason = error.getError().getExtension("dns-nxdomain", "urn:parley:errors:0");
        assertThat(reason).isInstanceOf(StandardExtensionElement.class);
      } finally {
        alice.disconnect();
      }
    }
  }
}

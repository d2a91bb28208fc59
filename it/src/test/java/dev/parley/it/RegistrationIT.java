package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.c2s.C2sSettings;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.iqregister.AccountManager;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.parts.Localpart;

/** XEP-0077 in-band registration: off by default, and a real client can sign up when opened. */
class RegistrationIT {

  @Test
  void aClientRegistersBeforeLoggingInWhenRegistrationIsOpen() throws Exception {
    try (TestNode node = TestNode.start(C2sSettings.DEFAULT, true)) {
      XMPPTCPConnection anonymous =
          new XMPPTCPConnection(Clients.config(node, "unused", "unused", "signup").build());
      try {
        anonymous.connect();
        AccountManager accounts = AccountManager.getInstance(anonymous);
        assertThat(accounts.supportsAccountCreation()).isTrue();
        accounts.createAccount(Localpart.from("newcomer"), "a-new-password");
        assertThatThrownBy(() -> accounts.createAccount(Localpart.from("newcomer"), "again"))
            .hasMessageContaining("conflict");
      } finally {
        anonymous.disconnect();
      }
      XMPPTCPConnection newcomer = Clients.connect(node, "newcomer", "a-new-password", "home");
      assertThat(newcomer.isAuthenticated()).isTrue();
      newcomer.disconnect();
    }
  }

  @Test
  void registrationIsClosedByDefault() throws Exception {
    try (TestNode node = TestNode.start()) {
      XMPPTCPConnection anonymous =
          new XMPPTCPConnection(Clients.config(node, "unused", "unused", "signup").build());
      try {
        anonymous.connect();
        // XEP-0077 §3.1: no <register/> stream feature, and a request gets service-unavailable.
        assertThat(anonymous.hasFeature("register", "http://jabber.org/features/iq-register"))
            .isFalse();
        AccountManager accounts = AccountManager.getInstance(anonymous);
        assertThatThrownBy(accounts::getAccountAttributes)
            .hasMessageContaining("service-unavailable");
      } finally {
        anonymous.disconnect();
      }
    }
  }
}

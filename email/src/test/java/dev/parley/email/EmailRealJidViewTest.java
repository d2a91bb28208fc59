package dev.parley.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import org.junit.jupiter.api.Test;

/** Chat rooms show a federated viewer the email address where they reveal a real JID. */
class EmailRealJidViewTest {

  private static final BareJid JDOE = Jid.parseBare("jdoe@im.example.com");

  @Test
  void aFederatedViewerSeesTheEmailAddress() {
    Fixture f = new Fixture(true);
    EmailRealJidView view = new EmailRealJidView(f.email, f.info);
    assertThat(view.apply(Jid.parse("bob@prosody.test/phone"), JDOE))
        .isEqualTo(Jid.parse("john.doe@example.com"));
  }

  @Test
  void aLocalViewerSeesTheJid() {
    Fixture f = new Fixture(true);
    EmailRealJidView view = new EmailRealJidView(f.email, f.info);
    assertThat(view.apply(Jid.parse("nomail@im.example.com/x"), JDOE)).isEqualTo(JDOE);
  }

  @Test
  void usersWithoutEmailAndTheSettingOffShowTheJid() {
    Fixture on = new Fixture(true);
    EmailRealJidView view = new EmailRealJidView(on.email, on.info);
    BareJid plain = Jid.parseBare("nomail@im.example.com");
    assertThat(view.apply(Jid.parse("bob@prosody.test"), plain)).isEqualTo(plain);
    Fixture off = new Fixture(false);
    assertThat(new EmailRealJidView(off.email, off.info).apply(Jid.parse("bob@prosody.test"), JDOE))
        .isEqualTo(JDOE);
  }
}

package dev.parley.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.server.AccountException;
import dev.parley.store.Account;
import dev.parley.testkit.fakes.InMemoryUsers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Email changes are checked against the email domains and reach the address book at once. */
class EmailCheckingUserStoreTest {

  private static final BareJid JDOE = Jid.parseBare("jdoe@im.example.com");
  private static final BareJid OTHER = Jid.parseBare("nomail@im.example.com");

  private final Fixture f = new Fixture(true);

  @Test
  void anEmailOutsideTheEmailDomainsIsRefusedWithTheReason() {
    assertThatThrownBy(() -> f.users.setEmail(OTHER, Optional.of("someone@gmail.com")))
        .isInstanceOf(AccountException.class)
        .hasMessage(
            "email address someone@gmail.com cannot be used for XMPP federation: its domain is"
                + " not one of the email domains this deployment federates for (example.com;"
                + " parley.yml federation.email-domains)");
    assertThat(f.store.find(OTHER).orElseThrow().email()).isEmpty();
  }

  @Test
  void anEmailAlreadyUsedByAnotherAccountIsRefused() {
    assertThatThrownBy(() -> f.users.setEmail(OTHER, Optional.of("JOHN.DOE@example.com")))
        .isInstanceOf(AccountException.class)
        .hasMessageContaining("already the address of jdoe@im.example.com");
  }

  @Test
  void settingChangingAndRemovingAnEmailUpdatesTheBook() {
    f.users.setEmail(OTHER, Optional.of("No.Mail@example.com"));
    assertThat(f.book.emailOf(OTHER)).contains(Jid.parseBare("no.mail@example.com"));
    assertThat(f.book.userOf(Jid.parseBare("no.mail@example.com"))).contains(OTHER);

    f.users.setEmail(JDOE, Optional.of("jd@example.com"));
    assertThat(f.book.emailOf(JDOE)).contains(Jid.parseBare("jd@example.com"));
    assertThat(f.book.userOf(Jid.parseBare("john.doe@example.com"))).isEmpty();

    f.users.setEmail(JDOE, Optional.empty());
    assertThat(f.book.emailOf(JDOE)).isEmpty();
    f.users.delete(OTHER);
    assertThat(f.book.userOf(Jid.parseBare("no.mail@example.com"))).isEmpty();
  }

  @Test
  void importedAccountsAreCheckedAndMapped() {
    BareJid imported = Jid.parseBare("new@im.example.com");
    f.users.create(
        new Account(imported, false, false, Optional.of("new@example.com"), Instant.now()),
        List.of());
    assertThat(f.book.emailOf(imported)).contains(Jid.parseBare("new@example.com"));
    BareJid refused = Jid.parseBare("bad@im.example.com");
    assertThatThrownBy(
            () ->
                f.users.create(
                    new Account(
                        refused, false, false, Optional.of("bad@elsewhere.org"), Instant.now()),
                    List.of()))
        .isInstanceOf(AccountException.class);
    assertThat(f.store.exists(refused)).isFalse();
  }

  @Test
  void withoutEmailDomainsTheAttributeIsStoredUncheckedAndMapsNothing() {
    InMemoryUsers store = InMemoryUsers.of("a@im.example.com");
    AddressBook book = AddressBook.load(store, new EmailDomains(Set.of()));
    EmailCheckingUserStore users = new EmailCheckingUserStore(store, book);
    BareJid a = Jid.parseBare("a@im.example.com");
    assertThat(users.setEmail(a, Optional.of("a@gmail.com"))).isTrue();
    assertThat(store.find(a).orElseThrow().email()).contains("a@gmail.com");
    assertThat(book.emailOf(a)).isEmpty();
  }

  @Test
  void reloadReplacesTheBookWithWhatTheStoreHolds() {
    f.store.setEmail(OTHER, Optional.of("other@example.com")); // behind the book's back
    assertThat(f.book.emailOf(OTHER)).isEmpty();
    f.book.reload(f.store.list(Optional.empty()));
    assertThat(f.book.emailOf(OTHER)).contains(Jid.parseBare("other@example.com"));
    assertThat(f.book.emailOf(JDOE)).contains(Jid.parseBare("john.doe@example.com"));
  }
}

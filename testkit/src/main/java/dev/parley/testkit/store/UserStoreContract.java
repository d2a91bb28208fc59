package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.account;
import static dev.parley.testkit.store.StoreTestData.accountWithEmail;
import static dev.parley.testkit.store.StoreTestData.credential;
import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static dev.parley.testkit.store.StoreTestData.jid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.Account;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import dev.parley.store.Stores;
import dev.parley.store.UserStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UserStore} must have. */
public interface UserStoreContract extends StoresUnderTest {

  private UserStore users() {
    return stores().users();
  }

  @Test
  default void createdAccountIsFoundWithItsAttributes() {
    BareJid alice = jid("alice", freshDomain());
    Account account =
        new Account(alice, true, false, Optional.of("Alice@Example.COM"), Instant.now());

    assertThat(users().create(account, List.of())).isTrue();

    Account found = users().find(alice).orElseThrow();
    assertThat(found.jid()).isEqualTo(alice);
    assertThat(found.admin()).isTrue();
    assertThat(found.disabled()).isFalse();
    assertThat(found.email()).contains("Alice@Example.COM");
    // Stores keep at least microseconds.
    assertThat(found.created()).isEqualTo(account.created().truncatedTo(ChronoUnit.MICROS));
  }

  @Test
  default void createTwiceReturnsFalseAndKeepsTheFirstAccount() {
    BareJid bob = jid("bob", freshDomain());
    Account first = account(bob);
    assertThat(users().create(first, List.of(credential(ScramMechanism.SCRAM_SHA_1, "one"))))
        .isTrue();

    Account second = new Account(bob, true, true, Optional.empty(), Instant.EPOCH);
    assertThat(users().create(second, List.of(credential(ScramMechanism.SCRAM_SHA_1, "two"))))
        .isFalse();

    assertThat(users().find(bob)).contains(first);
    assertThat(users().credentials(bob))
        .containsExactly(credential(ScramMechanism.SCRAM_SHA_1, "one"));
  }

  @Test
  default void unknownAccountIsNotFound() {
    BareJid nobody = jid("nobody", freshDomain());
    assertThat(users().find(nobody)).isEmpty();
    assertThat(users().exists(nobody)).isFalse();
    assertThat(users().credentials(nobody)).isEmpty();
  }

  @Test
  default void existsFollowsCreateAndDelete() {
    BareJid carol = jid("carol", freshDomain());
    users().create(account(carol), List.of());
    assertThat(users().exists(carol)).isTrue();

    assertThat(users().delete(carol)).isTrue();

    assertThat(users().exists(carol)).isFalse();
    assertThat(users().find(carol)).isEmpty();
    assertThat(users().delete(carol)).isFalse();
  }

  @Test
  default void deletedAccountCanBeCreatedAgain() {
    BareJid dave = jid("dave", freshDomain());
    users().create(account(dave), List.of(credential(ScramMechanism.SCRAM_SHA_256, "old")));
    users().delete(dave);

    assertThat(users().create(account(dave), List.of())).isTrue();
    assertThat(users().credentials(dave)).isEmpty();
  }

  @Test
  default void deleteRemovesEverythingStoredForTheAccountAndNothingElse() {
    String domain = freshDomain();
    BareJid erin = jid("erin", domain);
    BareJid frank = jid("frank", domain);
    Stores stores = stores();
    for (BareJid owner : List.of(erin, frank)) {
      users().create(account(owner), List.of(credential(ScramMechanism.SCRAM_SHA_256, "pw")));
      Jid other = owner.equals(erin) ? frank : erin;
      stores.rosters().put(RosterItem.of(owner, other));
      stores.rosters().addPending(new PendingSubscription(owner, jid("x", domain), "<presence/>"));
      stores.offline().store(owner, "<message/>");
      stores.payloads().put(owner, "vcard", "<vCard xmlns='vcard-temp'/>");
      stores.blockLists().block(owner, List.of(jid("spammer", domain)));
    }

    assertThat(users().delete(erin)).isTrue();

    assertThat(users().credentials(erin)).isEmpty();
    assertThat(stores.rosters().items(erin)).isEmpty();
    assertThat(stores.rosters().pending(erin)).isEmpty();
    assertThat(stores.offline().count(erin)).isZero();
    assertThat(stores.payloads().get(erin, "vcard")).isEmpty();
    assertThat(stores.blockLists().blocked(erin)).isEmpty();
    // Frank's data, including his roster item for Erin, is his own.
    assertThat(users().credentials(frank)).hasSize(1);
    assertThat(stores.rosters().items(frank)).extracting(RosterItem::contact).containsExactly(erin);
    assertThat(stores.rosters().pending(frank)).hasSize(1);
    assertThat(stores.offline().count(frank)).isEqualTo(1);
    assertThat(stores.payloads().get(frank, "vcard")).isPresent();
    assertThat(stores.blockLists().blocked(frank)).hasSize(1);
  }

  @Test
  default void listByDomainReturnsThatDomainInJidOrder() {
    String domain = freshDomain();
    String otherDomain = freshDomain();
    for (String local : List.of("mallory", "alice", "zoe", "bob")) {
      users().create(account(jid(local, domain)), List.of());
    }
    users().create(account(jid("alice", otherDomain)), List.of());

    assertThat(users().list(Optional.of(domain)))
        .extracting(account -> account.jid().toString())
        .containsExactly("alice@" + domain, "bob@" + domain, "mallory@" + domain, "zoe@" + domain);
    assertThat(users().list(Optional.of(freshDomain()))).isEmpty();
  }

  @Test
  default void listOfAllDomainsIsInJidOrder() {
    String domain = freshDomain();
    String otherDomain = freshDomain();
    users().create(account(jid("b", domain)), List.of());
    users().create(account(jid("a", otherDomain)), List.of());
    users().create(account(jid("a", domain)), List.of());

    List<String> all =
        users().list(Optional.empty()).stream().map(a -> a.jid().toString()).toList();

    assertThat(all).isSorted();
    assertThat(all).contains("a@" + domain, "b@" + domain, "a@" + otherDomain);
  }

  @Test
  default void countFollowsCreateAndDelete() {
    String domain = freshDomain();
    long before = users().count();
    users().create(account(jid("one", domain)), List.of());
    users().create(account(jid("two", domain)), List.of());
    users().create(account(jid("two", domain)), List.of());
    assertThat(users().count()).isEqualTo(before + 2);

    users().delete(jid("one", domain));

    assertThat(users().count()).isEqualTo(before + 1);
  }

  @Test
  default void credentialsRoundTripInMechanismOrder() {
    BareJid grace = jid("grace", freshDomain());
    ScramCredential sha256 = credential(ScramMechanism.SCRAM_SHA_256, "secret");
    ScramCredential sha1 = credential(ScramMechanism.SCRAM_SHA_1, "secret");

    users().create(account(grace), List.of(sha256, sha1));

    assertThat(users().credentials(grace)).containsExactly(sha1, sha256);
  }

  @Test
  default void replaceCredentialsReplacesEveryCredential() {
    BareJid heidi = jid("heidi", freshDomain());
    users()
        .create(
            account(heidi),
            List.of(
                credential(ScramMechanism.SCRAM_SHA_1, "old"),
                credential(ScramMechanism.SCRAM_SHA_256, "old")));
    ScramCredential fresh = credential(ScramMechanism.SCRAM_SHA_256, "new");

    assertThat(users().replaceCredentials(heidi, List.of(fresh))).isTrue();

    assertThat(users().credentials(heidi)).containsExactly(fresh);
  }

  @Test
  default void replaceCredentialsOfUnknownAccountReturnsFalse() {
    BareJid ghost = jid("ghost", freshDomain());
    assertThat(
            users().replaceCredentials(ghost, List.of(credential(ScramMechanism.SCRAM_SHA_1, "x"))))
        .isFalse();
    assertThat(users().credentials(ghost)).isEmpty();
  }

  @Test
  default void twoCredentialsForOneMechanismAreRejected() {
    BareJid ivan = jid("ivan", freshDomain());
    List<ScramCredential> twice =
        List.of(
            credential(ScramMechanism.SCRAM_SHA_1, "a"),
            credential(ScramMechanism.SCRAM_SHA_1, "b"));

    assertThatThrownBy(() -> users().create(account(ivan), twice))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(users().exists(ivan)).isFalse();
  }

  @Test
  default void flagsCanBeChanged() {
    BareJid judy = jid("judy", freshDomain());
    users().create(account(judy), List.of());

    assertThat(users().setDisabled(judy, true)).isTrue();
    assertThat(users().setAdmin(judy, true)).isTrue();
    assertThat(users().find(judy).orElseThrow())
        .extracting(Account::disabled, Account::admin)
        .containsExactly(true, true);

    assertThat(users().setDisabled(judy, false)).isTrue();
    assertThat(users().find(judy).orElseThrow().disabled()).isFalse();
    assertThat(users().find(judy).orElseThrow().admin()).isTrue();
  }

  @Test
  default void settersOnUnknownAccountReturnFalse() {
    BareJid ghost = jid("ghost", freshDomain());
    assertThat(users().setDisabled(ghost, true)).isFalse();
    assertThat(users().setAdmin(ghost, true)).isFalse();
    assertThat(users().setEmail(ghost, Optional.of("ghost@mail.example"))).isFalse();
    assertThat(users().exists(ghost)).isFalse();
  }

  @Test
  default void emailLookupIgnoresCase() {
    String domain = freshDomain();
    BareJid ken = jid("ken", domain);
    users().create(account(ken), List.of());

    assertThat(users().setEmail(ken, Optional.of("Ken.Smith@" + domain))).isTrue();

    assertThat(users().find(ken).orElseThrow().email()).contains("Ken.Smith@" + domain);
    assertThat(users().findByEmail("ken.smith@" + domain.toUpperCase(Locale.ROOT)))
        .map(Account::jid)
        .contains(ken);
    assertThat(users().findByEmail("someone.else@" + domain)).isEmpty();
  }

  @Test
  default void clearedEmailIsNoLongerFound() {
    String domain = freshDomain();
    BareJid liz = jid("liz", domain);
    users().create(accountWithEmail(liz, "liz@" + domain), List.of());
    assertThat(users().findByEmail("liz@" + domain)).isPresent();

    assertThat(users().setEmail(liz, Optional.empty())).isTrue();

    assertThat(users().findByEmail("liz@" + domain)).isEmpty();
    assertThat(users().find(liz).orElseThrow().email()).isEmpty();
  }

  @Test
  default void emailBelongsToOneAccountIgnoringCase() {
    String domain = freshDomain();
    BareJid mike = jid("mike", domain);
    BareJid nina = jid("nina", domain);
    users().create(accountWithEmail(mike, "shared@" + domain), List.of());
    users().create(account(nina), List.of());

    assertThatThrownBy(() -> users().setEmail(nina, Optional.of("SHARED@" + domain)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                users()
                    .create(accountWithEmail(jid("olga", domain), "Shared@" + domain), List.of()))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(users().find(nina).orElseThrow().email()).isEmpty();
    assertThat(users().exists(jid("olga", domain))).isFalse();
    assertThat(users().findByEmail("shared@" + domain)).map(Account::jid).contains(mike);
    // An account may change the case of its own address.
    assertThat(users().setEmail(mike, Optional.of("Shared@" + domain))).isTrue();
  }

  @Test
  default void accountsWithoutEmailDoNotCollide() {
    String domain = freshDomain();
    assertThat(users().create(account(jid("p1", domain)), List.of())).isTrue();
    assertThat(users().create(account(jid("p2", domain)), List.of())).isTrue();
  }
}

package dev.parley.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.Subscription;
import org.junit.jupiter.api.Test;

/** Which federated contacts must re-subscribe when the setting changes. */
class SubscriptionImpactTest {

  private static final BareJid JDOE = Jid.parseBare("jdoe@im.example.com");

  @Test
  void listsFederatedContactsWithAnySubscriptionStateOfUsersWithEmail() {
    Fixture f = new Fixture(true);
    MapRosters rosters = new MapRosters();
    rosters.put(
        RosterItem.of(JDOE, Jid.parse("bob@prosody.test")).withSubscription(Subscription.BOTH));
    rosters.put(RosterItem.of(JDOE, Jid.parse("carol@ejabberd.test")).withAsk(true));
    rosters.put(RosterItem.of(JDOE, Jid.parse("dave@prosody.test"))); // none: nothing to redo
    rosters.put(
        RosterItem.of(JDOE, Jid.parse("nomail@im.example.com"))
            .withSubscription(Subscription.BOTH));
    rosters.addPending(
        new PendingSubscription(JDOE, Jid.parse("erin@prosody.test"), "<presence/>"));
    BareJid plain = Jid.parseBare("nomail@im.example.com");
    rosters.put(
        RosterItem.of(plain, Jid.parse("bob@prosody.test")).withSubscription(Subscription.TO));

    var entries = new SubscriptionImpact(f.book, rosters, f.info).entries();

    assertThat(entries).hasSize(1);
    ImpactEntry entry = entries.get(0);
    assertThat(entry.user()).isEqualTo(JDOE);
    assertThat(entry.email()).isEqualTo(Jid.parseBare("john.doe@example.com"));
    assertThat(entry.contacts())
        .containsExactly(
            new AffectedContact(Jid.parse("bob@prosody.test"), "both"),
            new AffectedContact(Jid.parse("carol@ejabberd.test"), "none+pending-out"),
            new AffectedContact(Jid.parse("erin@prosody.test"), "none+pending-in"));
  }
}

package dev.parley.testkit.store;

import static dev.parley.testkit.store.StoreTestData.freshDomain;
import static dev.parley.testkit.store.StoreTestData.jid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import dev.parley.store.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RosterStore} must have, versioning included (RFC 6121 §2.6). */
public interface RosterStoreContract extends StoresUnderTest {

  private RosterStore rosters() {
    return stores().rosters();
  }

  @Test
  default void rosterThatNeverChangedIsEmptyAtVersionZero() {
    BareJid owner = jid("owner", freshDomain());
    assertThat(rosters().items(owner)).isEmpty();
    assertThat(rosters().version(owner)).isZero();
    assertThat(rosters().item(owner, jid("x", freshDomain()))).isEmpty();
  }

  @Test
  default void putStoresTheItemAndIncrementsTheVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    RosterItem juliet =
        new RosterItem(
            owner,
            jid("juliet", domain),
            Optional.of("Juliet"),
            Subscription.BOTH,
            false,
            false,
            Set.of("Friends", "Capulets"));

    long version = rosters().put(juliet);

    assertThat(version).isEqualTo(1);
    assertThat(rosters().version(owner)).isEqualTo(1);
    assertThat(rosters().items(owner)).containsExactly(juliet);
    assertThat(rosters().item(owner, juliet.contact())).contains(juliet);
  }

  @Test
  default void putReplacesTheItemForTheSameContact() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    RosterItem first = RosterItem.of(owner, jid("nurse", domain)).withAsk(true);
    long v1 = rosters().put(first);
    RosterItem second =
        first
            .withAsk(false)
            .withSubscription(Subscription.TO)
            .withPreApproved(true)
            .withNameAndGroups(Optional.of("Nurse"), Set.of("Household"));

    long v2 = rosters().put(second);

    assertThat(v2).isEqualTo(v1 + 1);
    assertThat(rosters().items(owner)).containsExactly(second);
  }

  @Test
  default void puttingAnUnchangedItemKeepsTheVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    RosterItem item =
        RosterItem.of(owner, jid("benvolio", domain))
            .withNameAndGroups(Optional.of("Ben"), Set.of("Montagues"));
    long version = rosters().put(item);

    assertThat(rosters().put(item)).isEqualTo(version);
    assertThat(rosters().put(item.withNameAndGroups(item.name(), Set.of("Montagues"))))
        .isEqualTo(version);
    assertThat(rosters().version(owner)).isEqualTo(version);
  }

  @Test
  default void everyChangeIncrementsTheVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    RosterItem item = RosterItem.of(owner, jid("mercutio", domain));

    assertThat(rosters().put(item)).isEqualTo(1);
    assertThat(rosters().put(item.withSubscription(Subscription.FROM))).isEqualTo(2);
    assertThat(rosters().put(RosterItem.of(owner, jid("tybalt", domain)))).isEqualTo(3);
    assertThat(rosters().remove(owner, jid("tybalt", domain))).isEqualTo(4);
    assertThat(rosters().version(owner)).isEqualTo(4);
  }

  @Test
  default void removeDeletesTheItemAndIncrementsTheVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    RosterItem keep = RosterItem.of(owner, jid("keep", domain));
    RosterItem drop = RosterItem.of(owner, jid("drop", domain));
    rosters().put(keep);
    long before = rosters().put(drop);

    long after = rosters().remove(owner, drop.contact());

    assertThat(after).isEqualTo(before + 1);
    assertThat(rosters().items(owner)).containsExactly(keep);
    assertThat(rosters().item(owner, drop.contact())).isEmpty();
  }

  @Test
  default void removingAnUnknownContactKeepsTheVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    assertThat(rosters().remove(owner, jid("nobody", domain))).isZero();
    long version = rosters().put(RosterItem.of(owner, jid("friend", domain)));

    assertThat(rosters().remove(owner, jid("nobody", domain))).isEqualTo(version);
    assertThat(rosters().version(owner)).isEqualTo(version);
  }

  @Test
  default void versionNeverGoesBackWhenTheRosterEmpties() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    rosters().put(RosterItem.of(owner, jid("a", domain)));
    long emptied = rosters().remove(owner, jid("a", domain));

    assertThat(rosters().items(owner)).isEmpty();
    assertThat(rosters().version(owner)).isEqualTo(emptied).isEqualTo(2);
    assertThat(rosters().put(RosterItem.of(owner, jid("b", domain)))).isEqualTo(3);
  }

  @Test
  default void versionsArePerOwner() {
    String domain = freshDomain();
    BareJid romeo = jid("romeo", domain);
    BareJid juliet = jid("juliet", domain);
    rosters().put(RosterItem.of(romeo, jid("a", domain)));
    rosters().put(RosterItem.of(romeo, jid("b", domain)));

    assertThat(rosters().put(RosterItem.of(juliet, romeo))).isEqualTo(1);
    assertThat(rosters().version(romeo)).isEqualTo(2);
    assertThat(rosters().items(juliet)).extracting(RosterItem::contact).containsExactly(romeo);
  }

  @Test
  default void groupsRoundTrip() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    Set<String> groups = Set.of("Friends", "friends", "Équipe 1", "家族", "a/b & <c>");
    RosterItem item =
        RosterItem.of(owner, jid("friar", domain)).withNameAndGroups(Optional.empty(), groups);
    rosters().put(item);
    assertThat(rosters().item(owner, item.contact()).orElseThrow().groups())
        .containsExactlyInAnyOrderElementsOf(groups);

    rosters().put(item.withNameAndGroups(Optional.of("Friar"), Set.of()));

    RosterItem stored = rosters().item(owner, item.contact()).orElseThrow();
    assertThat(stored.groups()).isEmpty();
    assertThat(stored.name()).contains("Friar");
  }

  @Test
  default void contactMayBeADomain() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    Jid service = DomainJid.of("Conference." + domain);
    rosters().put(RosterItem.of(owner, service));

    assertThat(rosters().item(owner, service)).map(RosterItem::contact).contains(service);
    assertThat(rosters().items(owner)).extracting(RosterItem::contact).containsExactly(service);
  }

  @Test
  default void itemsAreListedInContactOrder() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    for (String local : List.of("c", "a", "b")) {
      rosters().put(RosterItem.of(owner, jid(local, domain)));
    }
    assertThat(rosters().items(owner))
        .extracting(item -> item.contact().toString())
        .containsExactly("a@" + domain, "b@" + domain, "c@" + domain);
  }

  @Test
  default void itemsWithContactFindsEveryOwner() {
    String domain = freshDomain();
    BareJid star = jid("star", domain);
    RosterItem fromAnn = RosterItem.of(jid("ann", domain), star).withSubscription(Subscription.TO);
    RosterItem fromBen =
        RosterItem.of(jid("ben", domain), star).withSubscription(Subscription.BOTH);
    rosters().put(fromAnn);
    rosters().put(fromBen);
    rosters().put(RosterItem.of(jid("ann", domain), jid("other", domain)));

    assertThat(rosters().itemsWithContact(star)).containsExactlyInAnyOrder(fromAnn, fromBen);
    assertThat(rosters().itemsWithContact(jid("unknown", domain))).isEmpty();
  }

  @Test
  default void pendingSubscriptionsAreAddedReplacedAndRemoved() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    PendingSubscription fromB =
        new PendingSubscription(owner, jid("b", domain), "<presence type='subscribe' id='1'/>");
    PendingSubscription fromA =
        new PendingSubscription(owner, jid("a", domain), "<presence type='subscribe'/>");
    rosters().addPending(fromB);
    rosters().addPending(fromA);
    assertThat(rosters().pending(owner)).containsExactly(fromA, fromB);

    PendingSubscription again =
        new PendingSubscription(owner, jid("b", domain), "<presence type='subscribe' id='2'/>");
    rosters().addPending(again);
    assertThat(rosters().pending(owner)).containsExactly(fromA, again);

    rosters().removePending(owner, jid("a", domain));
    rosters().removePending(owner, jid("never", domain));
    assertThat(rosters().pending(owner)).containsExactly(again);
    assertThat(rosters().pending(jid("b", domain))).isEmpty();
  }

  @Test
  default void pendingSubscriptionsDoNotChangeTheRosterVersion() {
    String domain = freshDomain();
    BareJid owner = jid("romeo", domain);
    rosters().addPending(new PendingSubscription(owner, jid("a", domain), "<presence/>"));
    assertThat(rosters().version(owner)).isZero();
    assertThat(rosters().items(owner)).isEmpty();
  }

  @Test
  default void concurrentChangesGetDistinctVersions() throws Exception {
    String domain = freshDomain();
    BareJid owner = jid("busy", domain);
    int writers = 4;
    int perWriter = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        results.add(
            pool.submit(
                () -> {
                  List<Long> versions = new ArrayList<>();
                  for (int i = 0; i < perWriter; i++) {
                    versions.add(
                        rosters().put(RosterItem.of(owner, jid("c" + writer + "x" + i, domain))));
                  }
                  return versions;
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).doesNotHaveDuplicates().hasSize(writers * perWriter);
      assertThat(rosters().version(owner)).isEqualTo(writers * perWriter);
      assertThat(rosters().items(owner)).hasSize(writers * perWriter);
    } finally {
      pool.shutdownNow();
    }
  }
}

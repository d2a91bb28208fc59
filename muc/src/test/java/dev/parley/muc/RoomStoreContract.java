package dev.parley.muc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RoomStore} must do; implemented once per backend. */
public interface RoomStoreContract {

  /** A store with nothing in it for the services the tests use. */
  RoomStore store();

  DomainJid SERVICE = DomainJid.of("chat-" + Long.toHexString(System.nanoTime()) + ".example");

  static StoredRoom room(String name) {
    RoomConfig config =
        new RoomConfig(
            "The " + name,
            "A room = with & odd\ncharacters",
            "en",
            true,
            false,
            true,
            true,
            Optional.of("s3cret"),
            Whois.ANYONE,
            42,
            true,
            true,
            AllowPm.MODERATORS,
            EnumSet.of(Role.MODERATOR),
            EnumSet.of(Role.MODERATOR, Role.PARTICIPANT),
            7,
            true);
    return new StoredRoom(
        BareJid.of(name, SERVICE.domain()),
        Optional.of(BareJid.of("romeo", "example.com")),
        config,
        Map.of(
            BareJid.of("romeo", "example.com"), Affiliation.OWNER,
            BareJid.of("juliet", "example.com"), Affiliation.MEMBER,
            BareJid.of("tybalt", "remote.example"), Affiliation.OUTCAST),
        Map.of(
            BareJid.of("juliet", "example.com"), "Juliet",
            BareJid.of("nurse", "example.com"), "Nurse"),
        "Fire",
        "Romeo");
  }

  @Test
  default void aSavedRoomLoadsBackEqual() {
    StoredRoom garden = room("garden");
    store().save(garden);
    assertThat(store().loadAll(SERVICE))
        .filteredOn(r -> r.jid().equals(garden.jid()))
        .containsExactly(garden);
  }

  @Test
  default void savingAgainReplaces() {
    StoredRoom garden = room("orchard");
    store().save(garden);
    StoredRoom changed =
        new StoredRoom(
            garden.jid(),
            Optional.empty(),
            garden.config().withPersistent(true),
            Map.of(BareJid.of("juliet", "example.com"), Affiliation.OWNER),
            Map.of(),
            "",
            "");
    store().save(changed);
    assertThat(store().loadAll(SERVICE))
        .filteredOn(r -> r.jid().equals(garden.jid()))
        .containsExactly(changed);
  }

  @Test
  default void deletedRoomsAreGoneAndOtherServicesUntouched() {
    StoredRoom tomb = room("tomb");
    store().save(tomb);
    store().delete(tomb.jid());
    store().delete(BareJid.of("never", SERVICE.domain()));
    assertThat(store().loadAll(SERVICE)).noneMatch(r -> r.jid().equals(tomb.jid()));
    assertThat(store().loadAll(DomainJid.of("elsewhere.example"))).isEmpty();
  }
}

package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Stanza;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing a chat node alias destroys its rooms, telling every occupant why (XEP-0045 §10.9). */
class AliasRemovalTest {

  @Test
  void persistentRoomsAreCountedAndEveryRoomIsDestroyedWithTheReason() {
    InMemoryRoomStore store = new InMemoryRoomStore();
    Muc muc = new Muc(MucSettings.defaults(), store, RealJidView.identity());
    muc.instantRoom();
    muc.submitConfig(ROMEO, field("muc#roomconfig_persistentroom", "1"));
    muc.join(JULIET, "Juliet");
    assertThat(muc.service.persistentRoomCount()).isEqualTo(1);

    muc.router.take();
    muc.service.destroyAll("the alias is removed");

    List<Element> sent = muc.router.take().stream().map(Stanza::element).toList();
    assertThat(sent).hasSize(2);
    for (Element presence : sent) {
      assertThat(presence.attribute("type")).contains("unavailable");
      Element x = presence.child("x", Muc.MUC + "#user").orElseThrow();
      assertThat(
              x.child("destroy", Muc.MUC + "#user")
                  .orElseThrow()
                  .childText("reason", Muc.MUC + "#user"))
          .contains("the alias is removed");
    }
    assertThat(muc.service.rooms()).isEmpty();
    assertThat(muc.service.persistentRoomCount()).isZero();
    assertThat(store.loadAll(muc.service.domain())).isEmpty();
  }
}

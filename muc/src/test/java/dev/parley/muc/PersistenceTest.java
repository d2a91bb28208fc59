package dev.parley.muc;

import static dev.parley.muc.Muc.JULIET;
import static dev.parley.muc.Muc.NURSE;
import static dev.parley.muc.Muc.ROMEO;
import static dev.parley.muc.Muc.ROOM;
import static dev.parley.muc.Muc.error;
import static dev.parley.muc.Muc.field;
import static dev.parley.muc.Muc.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Persistent rooms survive a restart of the service; writes go through the given executor. */
class PersistenceTest {

  @Test
  void aRestartedServiceLoadsConfigurationAffiliationsAndSubject() {
    InMemoryRoomStore store = new InMemoryRoomStore();
    Muc before = new Muc(MucSettings.defaults(), store, RealJidView.identity());
    before.instantRoom();
    before.submitConfig(
        ROMEO,
        field("muc#roomconfig_persistentroom", "1") + field("muc#roomconfig_roomname", "Garden"));
    before.admin(ROMEO, "set", "<item affiliation='outcast' jid='nurse@example.com'/>");
    before.send(
        "<message from='"
            + ROMEO
            + "' to='"
            + ROOM
            + "' type='groupchat'><subject>Fire</subject>"
            + "</message>");
    before.service.shutdown();

    Muc after = new Muc(MucSettings.defaults(), store, RealJidView.identity());
    assertThat(after.service.loadRooms()).isEqualTo(1);
    assertThat(error(after.join(NURSE, "Nurse").get(0))).isEqualTo("auth/forbidden");
    List<Element> joined = after.join(ROMEO, "Romeo");
    assertThat(item(joined.get(0)).attribute("affiliation")).contains("owner");
    assertThat(joined.get(1).childText("subject", "jabber:client")).contains("Fire");
    assertThat(after.join(JULIET, "Juliet")).hasSize(4); // not locked
  }

  @Test
  void storeWritesRunOnThePersistenceExecutorNotTheCallersThread() {
    List<Runnable> queued = new ArrayList<>();
    Executor later = queued::add;
    InMemoryRoomStore store = new InMemoryRoomStore();
    MucService service =
        new MucService(
            dev.parley.protocol.DomainJid.of(Muc.SERVICE),
            MucSettings.defaults(),
            new RecordingRouter(),
            store,
            later);
    service.accept(
        dev.parley.protocol.Stanza.parse(
            Muc.xml("<presence from='" + ROMEO + "' to='" + ROOM + "/Romeo'/>")));
    service.accept(
        dev.parley.protocol.Stanza.parse(
            Muc.xml(
                "<iq from='"
                    + ROMEO
                    + "' to='"
                    + ROOM
                    + "' type='set' id='c'><query xmlns='"
                    + Muc.MUC
                    + "#owner'><x xmlns='jabber:x:data' type='submit'>"
                    + field("muc#roomconfig_persistentroom", "1")
                    + "</x></query></iq>")));
    assertThat(store.loadAll(service.domain())).isEmpty();
    assertThat(queued).hasSize(1);
    queued.forEach(Runnable::run);
    assertThat(store.loadAll(service.domain()))
        .extracting(r -> r.jid().toString())
        .containsExactly(ROOM);
    assertThat(store.loadAll(service.domain()).get(0).affiliations())
        .containsEntry(Jid.parseBare("romeo@example.com"), Affiliation.OWNER);
  }
}

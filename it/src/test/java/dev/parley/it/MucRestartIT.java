package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.node.ConfigLoader;
import dev.parley.node.ParleyNode;
import java.util.List;
import java.util.Optional;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/**
 * A persistent room survives a restart of the node on the same data directory (its row in the
 * embedded database), with its name, subject and affiliations; a temporary one does not.
 */
class MucRestartIT {
  private static final String ROOM = "archive@" + MucIT.SERVICE;
  private static final String TEMPORARY = "pop-up@" + MucIT.SERVICE;

  @Test
  void aPersistentRoomIsThereAfterARestart() throws Exception {
    TestNode first = TestNode.start();
    first.user("alice", "secret-alice");
    first.user("bob", "secret-bob");
    try {
      XMPPTCPConnection alice = Clients.connect(first, "alice", "secret-alice", "muc");
      try {
        MultiUserChat room = MucIT.muc(alice, ROOM);
        room.create(MucIT.nick("Alice"));
        FillableForm form = room.getConfigurationForm().getFillableForm();
        form.setAnswer("muc#roomconfig_persistentroom", true);
        form.setAnswer("muc#roomconfig_roomname", "The Archive");
        room.sendConfigurationForm(form);
        room.changeSubject("kept across restarts");
        room.grantMembership(JidCreate.entityBareFrom("bob@" + TestNode.DOMAIN));
        MucIT.muc(alice, TEMPORARY).create(MucIT.nick("Alice")).makeInstant();
      } finally {
        alice.disconnect();
      }
    } finally {
      first.close();
    }

    ParleyNode again =
        ParleyNode.start(
            ConfigLoader.load(Optional.of(first.dataDir().resolve("parley.yml")), Optional.empty()),
            first.dataDir());
    try {
      XMPPTCPConnection bob =
          Clients.connect(
              Clients.config(first, "bob", "secret-bob", "muc")
                  .setPort(again.clientAddresses().get(0).getPort()),
              c -> c);
      try {
        MultiUserChatManager manager = MultiUserChatManager.getInstanceFor(bob);
        assertThat(manager.getRoomsHostedBy(JidCreate.domainBareFrom(MucIT.SERVICE)).keySet())
            .extracting(Object::toString)
            .contains(ROOM)
            .doesNotContain(TEMPORARY);
        RoomInfo info = manager.getRoomInfo(MucIT.bare(ROOM));
        assertThat(info.isPersistent()).isTrue();
        assertThat(info.getName()).isEqualTo("The Archive");
        RoomWatch watch = new RoomWatch(bob, ROOM);
        MucIT.muc(bob, ROOM).join(MucIT.nick("Bob"));
        assertThat(RoomWatch.codes(watch.presenceOf("Bob"))).contains(110).doesNotContain(201);
        assertThat(watch.message("subject", m -> m.getSubject() != null).getSubject())
            .isEqualTo("kept across restarts");
        assertThat(MucIT.muc(bob, ROOM).getOccupantsCount()).isEqualTo(1);
        assertThat(List.of(MucIT.muc(bob, ROOM).getNickname().toString())).containsExactly("Bob");
      } finally {
        bob.disconnect();
      }
    } finally {
      again.close();
    }
  }
}

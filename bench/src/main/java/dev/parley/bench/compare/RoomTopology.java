package dev.parley.bench.compare;

import dev.parley.bench.load.BenchStamp;
import dev.parley.bench.load.LoadClient;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.Topology;
import dev.parley.protocol.Element;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One XEP-0045 room with every user as an occupant (nickname {@code o<i>}): each groupchat message
 * to the room is reflected to every occupant, the sender included (XEP-0045 §7.4), whose own copy
 * acknowledges it.
 *
 * @param users the occupants
 * @param room the room's bare JID, e.g. {@code bench1@muc.bench.test}
 */
record RoomTopology(Side users, String room) implements Topology {
  private static final String MUC = "http://jabber.org/protocol/muc";
  private static final String MUC_USER = MUC + "#user";

  @Override
  public Side senders() {
    return users;
  }

  @Override
  public Side receivers() {
    return users;
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public String target(int sender) {
    return room;
  }

  @Override
  public String stanza(int sender, BenchStamp stamp, String body) {
    return stamp.toMessage(room, "groupchat", body);
  }

  @Override
  public int copies() {
    return users.accounts().count();
  }

  @Override
  public boolean expects(int receiver, int sender) {
    return true;
  }

  @Override
  public boolean acknowledges(int receiver, int sender) {
    return receiver == sender;
  }

  /**
   * The first occupant creates the room and, if the service locked it (status 201, XEP-0045
   * §10.1.2), accepts the default configuration (an instant room); then everyone else joins.
   */
  @Override
  public void prepare(List<LoadClient> clients, Duration timeout)
      throws IOException, InterruptedException {
    try {
      join(clients.subList(0, 1), timeout);
      join(clients.subList(1, clients.size()), timeout);
    } finally {
      clients.forEach(client -> client.observe(element -> {}));
    }
  }

  private void join(List<LoadClient> joiners, Duration timeout)
      throws IOException, InterruptedException {
    CountDownLatch joined = new CountDownLatch(joiners.size());
    for (LoadClient client : joiners) {
      String self = room + "/o" + client.index();
      client.observe(element -> onJoin(client, self, element, joined));
      client.send("<presence to='" + self + "'><x xmlns='" + MUC + "'/></presence>");
    }
    if (!joined.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IOException(joined.getCount() + " occupants could not join " + room);
    }
  }

  private void onJoin(LoadClient client, String self, Element element, CountDownLatch joined) {
    if (element.name().equals("iq") && "instant".equals(element.attribute("id").orElse(""))) {
      joined.countDown();
      return;
    }
    if (!element.name().equals("presence") || !self.equals(element.attribute("from").orElse(""))) {
      return;
    }
    if ("error".equals(element.attribute("type").orElse(""))) {
      return; // left counted down never: the join times out and says so
    }
    List<String> codes =
        element.child("x", MUC_USER).stream()
            .flatMap(x -> x.elements().stream())
            .filter(e -> e.name().equals("status"))
            .map(e -> e.attribute("code").orElse(""))
            .toList();
    if (codes.contains("201")) {
      try {
        client.send(
            "<iq type='set' id='instant' to='"
                + room
                + "'><query xmlns='"
                + MUC
                + "#owner'><x xmlns='jabber:x:data' type='submit'/></query></iq>");
      } catch (IOException e) {
        // The join times out and says so.
      }
    } else if (codes.contains("110")) {
      joined.countDown();
    }
  }
}

package dev.parley.bench.compare;

import dev.parley.bench.load.BenchStamp;
import dev.parley.bench.load.LoadClient;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.Topology;
import dev.parley.protocol.Element;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Users in cliques of {@code contacts + 1}: everyone has everyone else of its clique as a contact
 * with a subscription both ways, so each broadcast presence (RFC 6121 §4.4.2) is delivered to
 * {@code contacts} online users. The rosters are built in-band before the clock starts: every user
 * sends {@code subscribe} to each contact and approves every {@code subscribe} it receives.
 *
 * @param users the users, all online; their count is a multiple of {@code contacts + 1}
 * @param contacts K, contacts per user
 */
record RosterTopology(Side users, int contacts) implements Topology {
  /** The longest the in-band roster set-up may take, however steadily it progresses. */
  static final Duration MAX_SET_UP = Duration.ofMinutes(5);

  RosterTopology {
    if (users.accounts().count() % (contacts + 1) != 0) {
      throw new IllegalArgumentException("users must fill whole cliques of contacts + 1");
    }
  }

  private int clique(int user) {
    return user / (contacts + 1);
  }

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
    return users.accounts().domain();
  }

  @Override
  public String stanza(int sender, BenchStamp stamp, String body) {
    return stamp.toPresence(body);
  }

  @Override
  public int copies() {
    return contacts;
  }

  @Override
  public boolean expects(int receiver, int sender) {
    return receiver != sender && clique(receiver) == clique(sender);
  }

  /** The first contact of the sender's clique acknowledges. */
  @Override
  public boolean acknowledges(int receiver, int sender) {
    int first = clique(sender) * (contacts + 1);
    return receiver == (sender == first ? first + 1 : first);
  }

  @Override
  public void prepare(List<LoadClient> clients, Duration timeout)
      throws IOException, InterruptedException {
    CountDownLatch approved = new CountDownLatch(clients.size() * contacts);
    CountDownLatch interested = new CountDownLatch(clients.size());
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Set<String> requested = ConcurrentHashMap.newKeySet();
    for (LoadClient client : clients) {
      client.observe(element -> onStanza(client, element, approved, interested, seen, requested));
    }
    try {
      // RFC 6121 §3.1.3: subscription requests go only to "interested" resources, those that
      // have asked for the roster.
      for (LoadClient client : clients) {
        client.send("<iq type='get' id='roster'><query xmlns='jabber:iq:roster'/></iq>");
      }
      if (!interested.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(interested.getCount() + " roster requests unanswered");
      }
      for (LoadClient client : clients) {
        int first = clique(client.index()) * (contacts + 1);
        for (int c = first; c <= first + contacts; c++) {
          if (c != client.index()) {
            client.send("<presence type='subscribe' to='" + users.accounts().jid(c) + "'/>");
          }
        }
      }
      if (!awaitProgressing(approved, timeout)) {
        throw new IOException(
            "roster set-up incomplete: "
                + approved.getCount()
                + " of "
                + clients.size() * contacts
                + " subscriptions unapproved ("
                + requested.size()
                + " requests reached their contact)");
      }
      // The contacts' current presence follows each approval; let it arrive before the clock.
      Thread.sleep(500);
    } finally {
      clients.forEach(client -> client.observe(element -> {}));
    }
  }

  /**
   * Waits for {@code latch} as long as it keeps counting down: a server that builds rosters slowly
   * (Prosody took 45 s for 3,800 subscriptions, past the 40 s this once allowed in all) is waited
   * for, one that stopped is given up on after {@code stall} without progress, and nothing waits
   * longer than {@link #MAX_SET_UP}.
   */
  static boolean awaitProgressing(CountDownLatch latch, Duration stall)
      throws InterruptedException {
    long end = System.nanoTime() + MAX_SET_UP.toNanos();
    long left = latch.getCount();
    long lastProgress = System.nanoTime();
    while (!latch.await(1, TimeUnit.SECONDS)) {
      long now = System.nanoTime();
      if (latch.getCount() < left) {
        left = latch.getCount();
        lastProgress = now;
      } else if (now - lastProgress > stall.toNanos() || now > end) {
        return false;
      }
    }
    return true;
  }

  private static void onStanza(
      LoadClient client,
      Element element,
      CountDownLatch approved,
      CountDownLatch interested,
      Set<String> seen,
      Set<String> requested) {
    if (element.name().equals("iq") && "roster".equals(element.attribute("id").orElse(""))) {
      interested.countDown();
      return;
    }
    if (!element.name().equals("presence")) {
      return;
    }
    String from = element.attribute("from").orElse("");
    String bare = from.contains("/") ? from.substring(0, from.indexOf('/')) : from;
    switch (element.attribute("type").orElse("")) {
      case "subscribe" -> {
        requested.add(client.index() + " " + bare);
        try {
          client.send("<presence type='subscribed' to='" + bare + "'/>");
        } catch (IOException e) {
          // The wait for approvals reports what is missing.
        }
      }
      case "subscribed" -> {
        if (seen.add(client.index() + " " + bare)) {
          approved.countDown();
        }
      }
      default -> {
        // Presence updates during set-up carry no stamp and are not counted.
      }
    }
  }
}

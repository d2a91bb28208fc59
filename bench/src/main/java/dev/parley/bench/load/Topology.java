package dev.parley.bench.load;

/**
 * Who sends to whom in a scenario, and what the receivers should see. The runner asks nothing else,
 * so a new scenario is a new implementation: {@link Pairs} (sender {@code i} to receiver {@code i},
 * on one server or across a federation link) now; a room (every occupant sends to the room's JID
 * and every occupant, sender included, receives one copy: {@code copies() == n}, the sender's own
 * copy acknowledging) is the planned next one.
 */
public interface Topology {

  /** The sending side. */
  Side senders();

  /** The receiving side (may be the same accounts as {@link #senders()}). */
  Side receivers();

  /** The address sender {@code sender} writes to. */
  String target(int sender);

  /** How many receivers get a copy of each message. */
  int copies();

  /**
   * Whether receiver {@code receiver} getting a message of {@code sender} frees a place in that
   * sender's window (maximum-throughput mode), i.e. is the copy the sender waits for.
   */
  boolean acknowledges(int receiver, int sender);

  /**
   * Whether receiver {@code receiver} should get a copy of what {@code sender} sends; other copies
   * (a server reflecting presence to its sender, say) are ignored, neither counted nor timed.
   */
  default boolean expects(int receiver, int sender) {
    return acknowledges(receiver, sender);
  }

  /**
   * Whether senders and receivers are the same connections (a room, a roster): then each account
   * logs in once and its client both sends and receives.
   */
  default boolean shared() {
    return false;
  }

  /** The stanza sender {@code sender} sends, carrying {@code stamp}. */
  default String stanza(int sender, BenchStamp stamp, String body) {
    return stamp.toMessage(target(sender), body);
  }

  /**
   * Runs after every client logged in and before the clock starts: joining a room, say. Bounded by
   * {@code timeout}.
   *
   * @param clients the senders (the only clients when {@link #shared()})
   */
  default void prepare(java.util.List<LoadClient> clients, java.time.Duration timeout)
      throws java.io.IOException, InterruptedException {
    // Pairs need nothing beyond login.
  }

  /** Sender {@code i} writes to the bare JID of receiver {@code i}; one copy per message. */
  record Pairs(Side senders, Side receivers) implements Topology {
    /** Both sides must have the same number of accounts. */
    public Pairs {
      if (senders.accounts().count() != receivers.accounts().count()) {
        throw new IllegalArgumentException("pairs need as many receivers as senders");
      }
    }

    @Override
    public String target(int sender) {
      return receivers.accounts().jid(sender);
    }

    @Override
    public int copies() {
      return 1;
    }

    @Override
    public boolean acknowledges(int receiver, int sender) {
      return receiver == sender;
    }
  }
}

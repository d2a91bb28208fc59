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

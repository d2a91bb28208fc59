package dev.parley.im;

import dev.parley.protocol.BareJid;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the subscription changes of one roster. Each change reads a roster item, works out the
 * new state and writes it back; two of them on the same item at once (the user approving the
 * contact's request on the user's connection while the contact's approval of the user's request
 * arrives from the contact's connection) would lose one of the two updates, leaving a mutual
 * subscription half made. The load tool's presence workload hit exactly this once the server got
 * fast enough (docs/PERFORMANCE.md, "Profiling findings (session 2)").
 *
 * <p>Locks are striped by owner: a holder never takes a second stripe, so there is no lock order to
 * get wrong. This guards one node only; a cluster sharing a database needs the store to serialise
 * the same writes.
 */
final class RosterLocks {
  private static final int STRIPES = 64;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  RosterLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Runs {@code change} while no other change to {@code owner}'s roster runs. */
  <T> T changing(BareJid owner, Supplier<T> change) {
    ReentrantLock lock = stripes[Math.floorMod(owner.hashCode(), STRIPES)];
    lock.lock();
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }
}

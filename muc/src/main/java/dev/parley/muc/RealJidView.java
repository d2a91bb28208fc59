package dev.parley.muc;

import dev.parley.protocol.Jid;

/**
 * How an occupant's real JID is shown to someone else: wherever the service reveals a real JID
 * (presence items in non-anonymous rooms or to moderators, affiliation lists, the {@code from} of a
 * mediated invitation), it passes the JID through this view, given the viewer's JID. The node uses
 * it to present local users by their federation address (for example their email address) to
 * federated viewers.
 */
@FunctionalInterface
public interface RealJidView {

  /** The JID to reveal to {@code viewer} in place of {@code realJid}. */
  Jid present(Jid realJid, Jid viewer);

  /** Shows real JIDs as they are. */
  static RealJidView identity() {
    return (realJid, viewer) -> realJid;
  }
}

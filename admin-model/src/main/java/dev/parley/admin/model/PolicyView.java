package dev.parley.admin.model;

import java.util.List;

/**
 * The federation policy (Presence &gt; Inter Domain Federation &gt; XMPP Federation &gt; Policy).
 *
 * @param defaultPolicy {@code allow} or {@code deny}
 * @param exceptions the exception list
 * @param revision the stored revision (one more per change)
 * @param appliedRevision the revision this node enforces; null while federation is off here
 * @param restartPending whether the stored policy waits for a Router restart on this node
 */
public record PolicyView(
    String defaultPolicy,
    List<PolicyExceptionView> exceptions,
    long revision,
    Long appliedRevision,
    boolean restartPending) {}

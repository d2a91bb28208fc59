package dev.parley.admin.model;

import java.util.List;

/**
 * What applying the stored policy on this node changes.
 *
 * @param appliedRevision the revision in force; null while federation is off here
 * @param storedRevision the revision a restart applies
 * @param domains domains whose verdict changes (from live streams, queues and both exception lists)
 * @param closing live server streams that will be closed
 */
public record PolicyDiffView(
    Long appliedRevision,
    long storedRevision,
    List<PolicyDomainChangeView> domains,
    List<PolicyStreamCloseView> closing) {}

package dev.parley.admin;

import dev.parley.admin.model.PolicyCheckView;
import dev.parley.admin.model.PolicyDiffView;
import dev.parley.admin.model.PolicyExceptionView;
import dev.parley.admin.model.PolicyHistoryView;
import dev.parley.admin.model.PolicyUpdate;
import dev.parley.admin.model.PolicyView;
import java.util.List;

/**
 * What the admin API can do with the federation policy; implemented by the composition root. A
 * change is stored cluster-wide with its author in the history and marks the Router "restart
 * pending"; a restart applies it. Invalid input throws {@link IllegalArgumentException} with a
 * message for the administrator (HTTP 400).
 */
public interface FederationPolicyAdmin {

  PolicyView policy();

  /** Replaces the default and/or the whole exception list. */
  PolicyView update(PolicyUpdate update, String by);

  /** Adds an exception, replacing one for the same entry. */
  PolicyView addException(PolicyExceptionView exception, String by);

  /** Removes the exception for {@code domain}; throws when there is none. */
  PolicyView removeException(String domain, String by);

  /** The verdict and deciding rule for {@code direction} ({@code in} or {@code out}). */
  PolicyCheckView check(String direction, String domain);

  /** What a restart would change on this node. */
  PolicyDiffView diff();

  /** Every change, newest first. */
  List<PolicyHistoryView> history();
}

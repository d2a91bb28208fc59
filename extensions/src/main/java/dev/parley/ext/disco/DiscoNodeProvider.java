package dev.parley.ext.disco;

import dev.parley.protocol.Jid;
import java.util.List;
import java.util.Optional;

/**
 * Answers disco requests for the nodes one feature owns on the server (XEP-0030 §3.2 and §4.2), for
 * example the ad-hoc commands node. An empty answer means "not my node"; when no provider knows a
 * node, the request fails with {@code item-not-found}.
 */
public interface DiscoNodeProvider {

  /**
   * The disco#info of {@code node} of {@code entity} (a hosted domain) as {@code requester} sees
   * it.
   */
  Optional<DiscoInfo> info(Jid entity, String node, Jid requester);

  /** The disco#items of {@code node} of {@code entity} as {@code requester} may see them. */
  Optional<List<DiscoItem>> items(Jid entity, String node, Jid requester);
}

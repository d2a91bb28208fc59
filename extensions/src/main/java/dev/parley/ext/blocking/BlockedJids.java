package dev.parley.ext.blocking;

import dev.parley.protocol.Jid;
import java.util.Collection;

/**
 * JID matching of XEP-0191 §6 (the order of XEP-0016): a blocked full JID matches only itself, a
 * bare JID any of its resources, {@code domain/resource} only that resource, and a domain the
 * domain itself, every address at it and every address at its subdomains.
 */
public final class BlockedJids {
  private BlockedJids() {}

  /** Whether any of {@code blocked} matches {@code address}. */
  public static boolean anyMatches(Collection<Jid> blocked, Jid address) {
    for (Jid item : blocked) {
      if (matches(item, address)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the block list item {@code item} covers {@code address}. */
  public static boolean matches(Jid item, Jid address) {
    if (item.resource().isPresent()) {
      return item.equals(address);
    }
    if (item.local().isPresent()) {
      return item.equals(address.bare());
    }
    String domain = item.domain();
    return address.domain().equals(domain) || address.domain().endsWith("." + domain);
  }
}

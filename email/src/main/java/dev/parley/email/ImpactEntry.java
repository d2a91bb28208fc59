package dev.parley.email;

import dev.parley.protocol.BareJid;
import java.util.List;

/**
 * One local user whose federated subscriptions were made under the other address.
 *
 * @param user the local JID
 * @param email the email address federated peers see while the setting is on
 * @param contacts who must re-subscribe (and be re-subscribed to) under the new address
 */
public record ImpactEntry(BareJid user, BareJid email, List<AffectedContact> contacts) {

  public ImpactEntry {
    contacts = List.copyOf(contacts);
  }
}

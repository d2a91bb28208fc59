package dev.parley.email;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.server.ServerInfo;
import java.util.function.BiFunction;

/**
 * How a chat room shows a local occupant's real JID to a viewer (where the room reveals real JIDs:
 * non-anonymous rooms, moderators in semi-anonymous ones, XEP-0045 §7.2.4): a federated viewer sees
 * the email address while the setting is applied, a local viewer the JID. Every room of every node
 * uses the same address book, so no deployment shape leaks the real JID (the seed's multi-cluster
 * limitation does not exist here).
 */
public final class EmailRealJidView implements BiFunction<Jid, BareJid, Jid> {
  private final EmailFederation email;
  private final ServerInfo info;

  public EmailRealJidView(EmailFederation email, ServerInfo info) {
    this.email = email;
    this.info = info;
  }

  @Override
  public Jid apply(Jid viewer, BareJid real) {
    if (!email.applied() || !federated(viewer)) {
      return real;
    }
    return email.addressBook().emailOf(real).<Jid>map(e -> e).orElse(real);
  }

  private boolean federated(Jid viewer) {
    String domain = viewer.domain();
    return !info.hosts(domain) && !email.addressBook().domains().contains(domain);
  }
}

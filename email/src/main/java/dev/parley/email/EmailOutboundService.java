package dev.parley.email;

import dev.parley.protocol.Stanza;
import dev.parley.server.DomainService;
import dev.parley.server.Router;

/**
 * Wraps the federation service's outbound routes: while the setting is applied, every stanza for a
 * remote domain leaves with local users shown by their email addresses. A stanza a local user sends
 * to a colleague's email address never leaves: it is handed back to the router for the colleague's
 * JID (the router takes an email domain it does not host for a remote one).
 */
final class EmailOutboundService implements DomainService {
  private final DomainService delegate;
  private final OutboundTranslation outbound;
  private final InboundTranslation inbound;
  private final Router local;
  private final EmailFederation state;

  EmailOutboundService(
      DomainService delegate,
      OutboundTranslation outbound,
      InboundTranslation inbound,
      Router local,
      EmailFederation state) {
    this.delegate = delegate;
    this.outbound = outbound;
    this.inbound = inbound;
    this.local = local;
    this.state = state;
  }

  @Override
  public void accept(Stanza stanza) {
    boolean applied = state.applied();
    switch (inbound.apply(stanza, applied)) {
      case InboundTranslation.Target.Deliver deliver when deliver.stanza() != stanza ->
          local.route(deliver.stanza());
      case InboundTranslation.Target.NoSuchAddress unknown ->
          UnknownAddressReplies.replies(unknown.stanza()).forEach(local::route);
      default -> delegate.accept(applied ? outbound.apply(stanza) : stanza);
    }
  }
}

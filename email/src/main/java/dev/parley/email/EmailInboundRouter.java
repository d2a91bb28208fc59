package dev.parley.email;

import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the router that stanzas from federated streams (and the federation service's bounces for
 * local senders) enter: a stanza for a user's email address reaches the user. Non-blocking: one
 * lookup in the in-memory {@link AddressBook}.
 */
final class EmailInboundRouter implements Router {
  private static final Logger LOG = LoggerFactory.getLogger(EmailInboundRouter.class);

  private final Router delegate;
  private final InboundTranslation translation;
  private final EmailFederation state;

  EmailInboundRouter(Router delegate, InboundTranslation translation, EmailFederation state) {
    this.delegate = delegate;
    this.translation = translation;
    this.state = state;
  }

  @Override
  public void route(Stanza stanza) {
    switch (translation.apply(stanza, state.applied())) {
      case InboundTranslation.Target.Deliver deliver -> delegate.route(deliver.stanza());
      case InboundTranslation.Target.NoSuchAddress unknown -> {
        LOG.debug(
            "{} from {}: {} is no user's email address",
            stanza.element().name(),
            stanza.from().orElse(null),
            stanza.to().orElse(null));
        UnknownAddressReplies.replies(unknown.stanza()).forEach(delegate::route);
      }
    }
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    delegate.routeFromClient(stanza, sender);
  }
}

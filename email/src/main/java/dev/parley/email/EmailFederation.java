package dev.parley.email;

import dev.parley.server.DomainService;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email addresses for federation on one node: the stored setting, the value this node applied, and
 * the two federation edges that translate addresses. Like every federation setting the switch takes
 * effect when the Router restarts: the edges are applied each time the federation service starts
 * (node start, Router or federation restart), and that is when the stored value is read. Until then
 * {@link #restartPending()} is true.
 */
public final class EmailFederation {
  private static final Logger LOG = LoggerFactory.getLogger(EmailFederation.class);

  private final EmailAddressSetting setting;
  private final AddressBook book;
  private final OutboundTranslation outbound;
  private final InboundTranslation inbound;
  // Read for every federated stanza on router and event-loop threads; written at service start.
  private volatile boolean applied;

  public EmailFederation(EmailAddressSetting setting, AddressBook book, ServerInfo info) {
    this.setting = setting;
    this.book = book;
    this.outbound = new OutboundTranslation(book);
    this.inbound = new InboundTranslation(book, info);
    this.applied = setting.enabled();
  }

  /** Whether this node translates addresses now. */
  public boolean applied() {
    return applied;
  }

  /** The stored (pending) value. */
  public boolean enabled() {
    return setting.enabled();
  }

  /**
   * Stores the switch; it applies at the next Router restart.
   *
   * @throws IllegalStateException when turning it on without configured email domains
   */
  public void enabled(boolean on) {
    if (on && !book.domains().configured()) {
      throw new IllegalStateException(
          "no email domains are configured (parley.yml federation.email-domains), so email"
              + " addresses cannot be used for XMPP federation");
    }
    setting.enabled(on);
  }

  public boolean restartPending() {
    return applied != setting.enabled();
  }

  public AddressBook addressBook() {
    return book;
  }

  /** Reads the stored value: called when the federation service starts. */
  void apply() {
    boolean now = setting.enabled();
    if (now != applied) {
      LOG.info("email addresses for XMPP federation are now {}", now ? "on" : "off");
    }
    applied = now;
  }

  /**
   * The wrapper for the router that inbound federated stanzas enter. Applying it applies the stored
   * setting, since the federation service applies its edges as it starts.
   */
  public UnaryOperator<Router> inboundEdge() {
    return router -> {
      apply();
      return new EmailInboundRouter(router, inbound, this);
    };
  }

  /**
   * The wrapper for the federation service's outbound routes.
   *
   * @param local the router that gets stanzas addressed to a local user's email address back
   */
  public UnaryOperator<DomainService> outboundEdge(Router local) {
    return service -> {
      apply();
      return new EmailOutboundService(service, outbound, inbound, local, this);
    };
  }
}

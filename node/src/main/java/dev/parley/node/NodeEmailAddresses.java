package dev.parley.node;

import dev.parley.admin.EmailAddressesAdmin;
import dev.parley.admin.model.EmailAddressesView;
import dev.parley.admin.model.EmailContactView;
import dev.parley.admin.model.EmailImpactView;
import dev.parley.email.AddressBook;
import dev.parley.email.EmailAddressSetting;
import dev.parley.email.EmailCheckingUserStore;
import dev.parley.email.EmailDomains;
import dev.parley.email.EmailFederation;
import dev.parley.email.EmailRealJidView;
import dev.parley.email.ImpactEntry;
import dev.parley.email.SubscriptionImpact;
import dev.parley.protocol.DomainJid;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import dev.parley.store.Stores;
import dev.parley.store.UserStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email addresses for federation on this node: the address book, the user store that keeps it
 * current and checks emails, the two translating federation edges, the admin view and the chat
 * rooms' real-JID view, all over one {@link EmailFederation}.
 */
final class NodeEmailAddresses implements EmailAddressesAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(NodeEmailAddresses.class);

  private final AddressBook book;
  private final EmailCheckingUserStore users;
  private final EmailFederation email;
  private final SubscriptionImpact impact;
  private final ServerInfo info;
  private final UserStore plainUsers;

  /**
   * @param emailDomains parley.yml {@code federation.email-domains}; empty: the feature cannot be
   *     turned on and email attributes are not checked
   */
  NodeEmailAddresses(Stores stores, ServerInfo info, Set<DomainJid> emailDomains) {
    EmailDomains domains = new EmailDomains(emailDomains);
    this.info = info;
    this.plainUsers = stores.users();
    this.book = AddressBook.load(stores.users(), domains);
    this.users = new EmailCheckingUserStore(stores.users(), book);
    this.email = new EmailFederation(new EmailAddressSetting(stores.settings()), book, info);
    this.impact = new SubscriptionImpact(book, stores.rosters(), info);
  }

  /** The user store every writer of the email attribute must use (accounts, admin API). */
  UserStore users() {
    return users;
  }

  /**
   * The email layer next to the router on both sides: inbound stanzas pass {@code inner} (the
   * policy) first and are translated last; outbound ones are translated first, so the policy and
   * the federation service see the addresses that really leave.
   *
   * @param local where stanzas for a local user's email address go back in
   */
  FederationEdges around(FederationEdges inner, Router local) {
    return new FederationEdges(
        inner.admission(),
        router -> {
          // A restart also picks up email changes made through another node.
          reload();
          return inner.inbound().apply(email.inboundEdge().apply(router));
        },
        service -> email.outboundEdge(local).apply(inner.outbound().apply(service)));
  }

  boolean restartPending() {
    return email.restartPending();
  }

  /** For the chat rooms: how a local occupant's real JID is shown to a viewer. */
  EmailRealJidView realJidView() {
    return new EmailRealJidView(email, info);
  }

  /**
   * Reloads the address book regularly on a blocking thread, for email changes made through another
   * node of the cluster (this node's own changes reach it at once).
   */
  void reloadEvery(long seconds, ScheduledExecutorService timers, Executor blocking) {
    timers.scheduleWithFixedDelay(
        () -> blocking.execute(this::reload), seconds, seconds, TimeUnit.SECONDS);
  }

  private void reload() {
    try {
      book.reload(plainUsers.list(Optional.empty()));
    } catch (RuntimeException e) {
      LOG.warn("email addresses: reloading the address book failed: {}", e.toString());
    }
  }

  @Override
  public EmailAddressesView view() {
    return new EmailAddressesView(
        email.enabled(),
        email.applied(),
        email.restartPending(),
        List.copyOf(book.domains().names()),
        book.mappings().size());
  }

  @Override
  public EmailAddressesView enabled(boolean on) {
    email.enabled(on);
    return view();
  }

  @Override
  public List<EmailImpactView> impact() {
    return impact.entries().stream().map(NodeEmailAddresses::view).toList();
  }

  private static EmailImpactView view(ImpactEntry entry) {
    return new EmailImpactView(
        entry.user().toString(),
        entry.email().toString(),
        entry.contacts().stream()
            .map(c -> new EmailContactView(c.contact().toString(), c.state()))
            .toList());
  }
}

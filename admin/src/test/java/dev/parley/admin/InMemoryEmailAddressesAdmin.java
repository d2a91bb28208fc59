package dev.parley.admin;

import dev.parley.admin.model.EmailAddressesView;
import dev.parley.admin.model.EmailContactView;
import dev.parley.admin.model.EmailImpactView;
import java.util.List;

/**
 * The email-address setting kept in fields: on/off stored, applied at {@link #restartRouter()},
 * turning on refused without email domains; one user with one affected contact. Shared with cli's
 * tests.
 */
public final class InMemoryEmailAddressesAdmin implements EmailAddressesAdmin {
  private final List<String> domains;
  private boolean enabled;
  private boolean applied;

  public InMemoryEmailAddressesAdmin(List<String> domains) {
    this.domains = List.copyOf(domains);
  }

  @Override
  public synchronized EmailAddressesView view() {
    return new EmailAddressesView(enabled, applied, enabled != applied, domains, 1);
  }

  @Override
  public synchronized EmailAddressesView enabled(boolean on) {
    if (on && domains.isEmpty()) {
      throw new IllegalStateException(
          "no email domains are configured (parley.yml federation.email-domains), so email"
              + " addresses cannot be used for XMPP federation");
    }
    enabled = on;
    return view();
  }

  /** What a Router restart does to the setting. */
  public synchronized void restartRouter() {
    applied = enabled;
  }

  @Override
  public List<EmailImpactView> impact() {
    return List.of(
        new EmailImpactView(
            "jdoe@example.com",
            "john.doe@example.com",
            List.of(new EmailContactView("bob@prosody.test", "both"))));
  }
}

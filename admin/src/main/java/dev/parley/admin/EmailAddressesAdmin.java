package dev.parley.admin;

import dev.parley.admin.model.EmailAddressesView;
import dev.parley.admin.model.EmailImpactView;
import java.util.List;

/** What the admin API needs of the email-address setting; the composition root implements it. */
public interface EmailAddressesAdmin {

  EmailAddressesView view();

  /**
   * Stores the setting; it applies at the next Router restart.
   *
   * @throws IllegalStateException when it cannot be turned on (no email domains configured)
   */
  EmailAddressesView enabled(boolean on);

  /** For each local user with an email address, the federated contacts that must re-subscribe. */
  List<EmailImpactView> impact();
}

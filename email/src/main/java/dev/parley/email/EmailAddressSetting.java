package dev.parley.email;

import dev.parley.store.SettingsStore;

/**
 * The seed's switch "use the email address for XMPP federation": cluster-wide, off by default,
 * stored in the settings store. What is stored is the pending value; each node applies it when its
 * Router (or federation service) restarts, see {@link EmailFederation}.
 */
public final class EmailAddressSetting {
  static final String KEY = "federation.email-addresses";

  private final SettingsStore store;

  public EmailAddressSetting(SettingsStore store) {
    this.store = store;
  }

  /** The stored value: what the next Router restart applies. */
  public boolean enabled() {
    return store.get(KEY).map(Boolean::parseBoolean).orElse(false);
  }

  public void enabled(boolean on) {
    store.put(KEY, Boolean.toString(on));
  }
}

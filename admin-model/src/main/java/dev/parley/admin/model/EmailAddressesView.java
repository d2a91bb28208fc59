package dev.parley.admin.model;

import java.util.List;

/**
 * The seed's "use the email address for XMPP federation" setting.
 *
 * @param enabled the stored, cluster-wide value
 * @param applied whether this node translates addresses now (it applies the stored value when its
 *     Router restarts)
 * @param restartPending the stored value differs from the applied one: restart the Router
 * @param emailDomains the email domains this deployment federates for (parley.yml
 *     federation.email-domains)
 * @param usersWithEmail local users whose email address is in one of those domains
 */
public record EmailAddressesView(
    boolean enabled,
    boolean applied,
    boolean restartPending,
    List<String> emailDomains,
    int usersWithEmail) {}

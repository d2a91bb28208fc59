package dev.parley.admin.model;

/**
 * A federated contact of a local user.
 *
 * @param contact the contact's JID
 * @param state the roster's subscription state: both, to, from or none, with +pending-out or
 *     +pending-in
 */
public record EmailContactView(String contact, String state) {}

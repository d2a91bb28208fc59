package dev.parley.admin.model;

import java.util.List;

/**
 * A local user whose federated contacts subscribed under the other address, and must subscribe
 * again when the email-address setting changes.
 *
 * @param user the local JID
 * @param email the email address federated contacts see while the setting is on
 * @param contacts the federated contacts concerned
 */
public record EmailImpactView(String user, String email, List<EmailContactView> contacts) {}

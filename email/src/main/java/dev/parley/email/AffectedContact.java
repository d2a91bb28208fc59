package dev.parley.email;

import dev.parley.protocol.Jid;

/**
 * A federated contact whose server knows a local user under the address that changes.
 *
 * @param contact the contact's JID, as in the local user's roster
 * @param state the subscription as the roster holds it: {@code both}, {@code to}, {@code from},
 *     {@code none}, with {@code +pending-out} (asked) or {@code +pending-in} (request waiting)
 */
public record AffectedContact(Jid contact, String state) {}

package dev.parley.admin.console;

import java.time.Instant;

/**
 * One logged-in console session.
 *
 * @param id the cookie value: 256 random bits, base64url
 * @param principal the admin's bare JID, for the audit log
 * @param csrfToken the token the page must echo in {@code X-CSRF-Token}: 256 random bits, base64url
 * @param created when the admin logged in
 * @param lastSeen when the session was last used
 */
public record ConsoleSession(
    String id, String principal, String csrfToken, Instant created, Instant lastSeen) {

  @Override
  public String toString() {
    // The id and the CSRF token are credentials: never in a log line.
    return "ConsoleSession[principal=" + principal + ", created=" + created + "]";
  }

  ConsoleSession seenAt(Instant now) {
    return new ConsoleSession(id, principal, csrfToken, created, now);
  }
}

package dev.parley.admin.console;

/**
 * The console session as the page sees it, returned by login and by {@code GET
 * /api/console/session}. The session id itself stays in the HttpOnly cookie.
 *
 * @param principal the admin's bare JID
 * @param csrfToken the value to send in {@code X-CSRF-Token} on every state-changing request
 * @param expires when the session ends unless used again, ISO-8601
 * @param idleTimeoutSeconds how long an unused session lasts
 */
public record ConsoleSessionView(
    String principal, String csrfToken, String expires, long idleTimeoutSeconds) {

  @Override
  public String toString() {
    return "ConsoleSessionView[principal=" + principal + ", expires=" + expires + "]";
  }
}

package dev.parley.admin.console;

/** What {@link ConsoleGuard} decided about a request. */
public sealed interface ConsoleAccess {

  /** The request carries no console session: other authentication applies. */
  record NoSession() implements ConsoleAccess {}

  /**
   * The request belongs to a live console session and may proceed.
   *
   * @param principal the admin's bare JID, for the audit log
   */
  record Granted(String principal) implements ConsoleAccess {}

  /**
   * The request carries a console session cookie but may not proceed.
   *
   * @param status 401 when the session is unknown or expired, 403 when the CSRF token is wrong
   * @param message why, for the administrator
   */
  record Refused(int status, String message) implements ConsoleAccess {}
}

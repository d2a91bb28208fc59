package dev.parley.admin;

/** What {@link Authenticator} decided about a request. */
sealed interface AuthResult {

  /**
   * The request may proceed.
   *
   * @param principal who is acting, for the audit log: {@code token} or the admin's JID
   */
  record Granted(String principal) implements AuthResult {}

  /**
   * The request is refused.
   *
   * @param status 401 when credentials are missing or wrong, 403 when valid but not an admin's
   * @param message why, without echoing any secret
   */
  record Refused(int status, String message) implements AuthResult {}
}

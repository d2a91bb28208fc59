package dev.parley.admin.console;

/**
 * Checks a console login against the same accounts as HTTP Basic: an enabled account with the admin
 * flag and this password. Implemented by {@code AdminServer} over its authenticator.
 */
@FunctionalInterface
public interface AdminLogin {

  /**
   * Checks the credentials. The caller clears {@code password} afterwards.
   *
   * @param jid the bare JID as typed
   * @param password the password as typed
   */
  LoginOutcome check(String jid, char[] password);

  /** What a login check decided. */
  sealed interface LoginOutcome {

    /**
     * The credentials belong to an enabled admin.
     *
     * @param principal the admin's bare JID as the audit log names it
     */
    record Granted(String principal) implements LoginOutcome {}

    /**
     * The login is refused. The reason goes to the server log only: the client always gets the same
     * answer, so it cannot learn which accounts exist or are admins.
     *
     * @param reason why, for the log; never contains the password
     */
    record Refused(String reason) implements LoginOutcome {}
  }
}

package dev.parley.admin.console;

/**
 * Body of {@code POST /api/console/login}.
 *
 * @param jid the admin's bare JID
 * @param password the password; never logged or echoed
 */
public record LoginRequest(String jid, String password) {

  @Override
  public String toString() {
    return "LoginRequest[jid=" + jid + "]";
  }
}

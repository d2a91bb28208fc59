package dev.parley.admin.model;

/**
 * Body of {@code POST /api/users}.
 *
 * @param jid the bare JID to create
 * @param password the initial password; never logged or echoed
 * @param admin whether the account may use the admin API
 * @param email optional email attribute, {@code null} for none
 */
public record CreateUserRequest(String jid, String password, boolean admin, String email) {

  @Override
  public String toString() {
    return "CreateUserRequest[jid=" + jid + ", admin=" + admin + ", email=" + email + "]";
  }
}

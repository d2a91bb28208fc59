package dev.parley.admin.model;

/**
 * Body of {@code PUT /api/users/{jid}/password}.
 *
 * @param password the new password; never logged or echoed
 */
public record PasswordRequest(String password) {

  @Override
  public String toString() {
    return "PasswordRequest[password=***]";
  }
}

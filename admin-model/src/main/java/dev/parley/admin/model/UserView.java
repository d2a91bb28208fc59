package dev.parley.admin.model;

/**
 * One account as the API shows it.
 *
 * @param jid the bare JID, {@code local@domain}
 * @param admin whether the account may use the admin API
 * @param disabled whether logins are refused
 * @param email the email attribute used for federation address mapping, or {@code null}
 * @param created when the account was created, ISO-8601
 */
public record UserView(String jid, boolean admin, boolean disabled, String email, String created) {}

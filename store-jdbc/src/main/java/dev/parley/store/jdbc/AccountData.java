package dev.parley.store.jdbc;

import dev.parley.protocol.BareJid;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything stored for one account, removed together when the account is deleted. A new table
 * keyed by owner belongs in this list.
 */
final class AccountData {

  /**
   * Rows owned by the account besides its {@code users} row. Credentials go by foreign-key cascade,
   * roster groups by cascade from their items. The roster version counter stays: RFC 6121 §2.6 lets
   * a client skip the roster download when its cached version matches, so an account re-created
   * under the same JID must never hand out an old version number again.
   */
  private static final List<String> OWNED =
      List.of(
          "DELETE FROM roster_items WHERE owner_jid = ?",
          "DELETE FROM roster_pending WHERE owner_jid = ?",
          "DELETE FROM offline_messages WHERE owner_jid = ?",
          "DELETE FROM payloads WHERE owner_jid = ?",
          "DELETE FROM block_list WHERE owner_jid = ?");

  private AccountData() {}

  /**
   * Deletes the account and what it owns inside the caller's transaction; true when the account
   * existed. Leftover rows of an account that no longer exists are removed too.
   */
  static boolean deleteAll(Connection connection, BareJid owner) throws SQLException {
    String jid = owner.toString();
    for (String sql : OWNED) {
      Statements.update(connection, sql, jid);
    }
    return Statements.update(connection, "DELETE FROM users WHERE jid = ?", jid) > 0;
  }
}

package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.query;
import static dev.parley.store.jdbc.Statements.queryOne;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.OfflineMessage;
import dev.parley.store.OfflineStore;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Offline messages (XEP-0160) in {@code offline_messages}. The generated id gives the order of
 * arrival, which is the order they are delivered in.
 */
public final class JdbcOfflineStore implements OfflineStore {

  private static final RowMapper<OfflineMessage> MESSAGE =
      row ->
          new OfflineMessage(
              row.getLong("id"),
              Jid.parseBare(row.getString("owner_jid")),
              row.getString("stanza_xml"),
              Statements.instant(row, "stored_at"));

  private final Database database;
  private final Clock clock;

  /** A store over a migrated schema; {@code clock} stamps each stored message. */
  public JdbcOfflineStore(DataSource dataSource, Clock clock) {
    this.database = new Database(dataSource);
    this.clock = clock;
  }

  @Override
  public void store(BareJid owner, String stanzaXml) {
    database.autoCommit(
        c ->
            update(
                c,
                "INSERT INTO offline_messages (owner_jid, stanza_xml, stored_at) VALUES (?, ?, ?)",
                owner.toString(),
                stanzaXml,
                clock.instant()));
  }

  @Override
  public int count(BareJid owner) {
    return database.autoCommit(
        c ->
            queryOne(
                    c,
                    "SELECT COUNT(*) FROM offline_messages WHERE owner_jid = ?",
                    row -> row.getInt(1),
                    owner.toString())
                .orElse(0));
  }

  @Override
  public List<OfflineMessage> list(BareJid owner) {
    return database.autoCommit(
        c ->
            query(
                c,
                "SELECT id, owner_jid, stanza_xml, stored_at FROM offline_messages"
                    + " WHERE owner_jid = ? ORDER BY id",
                MESSAGE,
                owner.toString()));
  }

  /** Ids that are not the owner's are ignored, so one user cannot delete another's messages. */
  @Override
  public void delete(BareJid owner, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    String jid = owner.toString();
    List<Object[]> rows = ids.stream().map(id -> new Object[] {jid, id}).toList();
    database.transaction(
        c -> {
          Statements.batch(c, "DELETE FROM offline_messages WHERE owner_jid = ? AND id = ?", rows);
          return null;
        });
  }
}

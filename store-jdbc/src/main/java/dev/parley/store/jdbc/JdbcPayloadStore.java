package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.queryOne;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.protocol.BareJid;
import dev.parley.store.PayloadStore;
import java.util.Optional;
import javax.sql.DataSource;

/** Per-user XML payloads (vcard-temp, private XML storage) in {@code payloads}, by key. */
public final class JdbcPayloadStore implements PayloadStore {

  private final Database database;

  /** A store over a migrated schema (see {@link JdbcStores#open(DatabaseSettings)}). */
  public JdbcPayloadStore(DataSource dataSource) {
    this.database = new Database(dataSource);
  }

  @Override
  public Optional<String> get(BareJid owner, String key) {
    return database.autoCommit(
        c ->
            queryOne(
                c,
                "SELECT payload_xml FROM payloads WHERE owner_jid = ? AND payload_key = ?",
                row -> row.getString(1),
                owner.toString(),
                key));
  }

  @Override
  public void put(BareJid owner, String key, String xml) {
    String jid = owner.toString();
    database.upsert(
        c -> {
          int updated =
              update(
                  c,
                  "UPDATE payloads SET payload_xml = ? WHERE owner_jid = ? AND payload_key = ?",
                  xml,
                  jid,
                  key);
          if (updated == 0) {
            update(
                c,
                "INSERT INTO payloads (owner_jid, payload_key, payload_xml) VALUES (?, ?, ?)",
                jid,
                key,
                xml);
          }
          return null;
        });
  }

  @Override
  public void delete(BareJid owner, String key) {
    database.autoCommit(
        c ->
            update(
                c,
                "DELETE FROM payloads WHERE owner_jid = ? AND payload_key = ?",
                owner.toString(),
                key));
  }
}

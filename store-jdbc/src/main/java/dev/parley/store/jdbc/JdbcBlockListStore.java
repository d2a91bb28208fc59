package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.query;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.BlockListStore;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Block lists (XEP-0191) in {@code block_list}; blocking a JID twice keeps one entry. */
public final class JdbcBlockListStore implements BlockListStore {

  private static final String SELECT = "SELECT blocked_jid FROM block_list WHERE owner_jid = ?";

  private final Database database;

  /** A store over a migrated schema (see {@link JdbcStores#open(DatabaseSettings)}). */
  public JdbcBlockListStore(DataSource dataSource) {
    this.database = new Database(dataSource);
  }

  @Override
  public Set<Jid> blocked(BareJid owner) {
    List<Jid> blocked =
        database.autoCommit(
            c -> query(c, SELECT, row -> Jid.parse(row.getString(1)), owner.toString()));
    return Set.copyOf(blocked);
  }

  @Override
  public void block(BareJid owner, Collection<Jid> jids) {
    if (jids.isEmpty()) {
      return;
    }
    String jid = owner.toString();
    database.upsert(
        c -> {
          Set<String> present = new HashSet<>(query(c, SELECT, row -> row.getString(1), jid));
          Set<String> missing = new LinkedHashSet<>();
          for (Jid blocked : jids) {
            if (!present.contains(blocked.toString())) {
              missing.add(blocked.toString());
            }
          }
          Statements.batch(
              c,
              "INSERT INTO block_list (owner_jid, blocked_jid) VALUES (?, ?)",
              missing.stream().map(b -> new Object[] {jid, b}).toList());
          return null;
        });
  }

  @Override
  public void unblock(BareJid owner, Collection<Jid> jids) {
    if (jids.isEmpty()) {
      return;
    }
    String jid = owner.toString();
    List<Object[]> rows = jids.stream().map(b -> new Object[] {jid, b.toString()}).toList();
    database.transaction(
        c -> {
          Statements.batch(
              c, "DELETE FROM block_list WHERE owner_jid = ? AND blocked_jid = ?", rows);
          return null;
        });
  }

  @Override
  public void unblockAll(BareJid owner) {
    database.autoCommit(
        c -> update(c, "DELETE FROM block_list WHERE owner_jid = ?", owner.toString()));
  }
}

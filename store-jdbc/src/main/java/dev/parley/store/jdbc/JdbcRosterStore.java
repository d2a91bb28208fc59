package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.query;
import static dev.parley.store.jdbc.Statements.queryOne;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Rosters with versioning (RFC 6121 §2.6). Each owner has a counter row in {@code roster_versions};
 * every change locks that row first, so an item change and its version increment commit together
 * and concurrent changes to one roster get distinct, increasing versions. A put or remove that
 * changes nothing leaves the version as it is, so clients are not told to refetch an unchanged
 * roster.
 */
public final class JdbcRosterStore implements RosterStore {

  private static final String LOCK_VERSION =
      "SELECT version FROM roster_versions WHERE owner_jid = ? FOR UPDATE";
  private static final RowMapper<PendingSubscription> PENDING =
      row ->
          new PendingSubscription(
              Jid.parseBare(row.getString("owner_jid")),
              Jid.parse(row.getString("contact_jid")),
              row.getString("stanza_xml"));

  private final Database database;

  /** A store over a migrated schema (see {@link JdbcStores#open(DatabaseSettings)}). */
  public JdbcRosterStore(DataSource dataSource) {
    this.database = new Database(dataSource);
  }

  @Override
  public List<RosterItem> items(BareJid owner) {
    return database.autoCommit(c -> RosterRows.byOwner(c, owner));
  }

  @Override
  public Optional<RosterItem> item(BareJid owner, Jid contact) {
    return database.autoCommit(
        c -> RosterRows.find(c, owner, contact).map(RosterRows.Stored::item));
  }

  @Override
  public long put(RosterItem item) {
    // upsert(): the first change of a roster may race another on inserting the counter row.
    return database.upsert(
        connection -> {
          long version = lockVersion(connection, item.owner(), true).orElse(0L);
          Optional<RosterRows.Stored> existing =
              RosterRows.find(connection, item.owner(), item.contact());
          if (existing.isPresent() && existing.get().item().equals(item)) {
            return version;
          }
          RosterRows.write(connection, item, existing);
          return increment(connection, item.owner(), version);
        });
  }

  @Override
  public long remove(BareJid owner, Jid contact) {
    return database.transaction(
        connection -> {
          Optional<Long> version = lockVersion(connection, owner, false);
          if (version.isEmpty()) {
            return 0L; // never changed, so there is nothing to remove
          }
          if (!RosterRows.delete(connection, owner, contact)) {
            return version.get();
          }
          return increment(connection, owner, version.get());
        });
  }

  @Override
  public long version(BareJid owner) {
    return database.autoCommit(
        c ->
            queryOne(
                    c,
                    "SELECT version FROM roster_versions WHERE owner_jid = ?",
                    row -> row.getLong(1),
                    owner.toString())
                .orElse(0L));
  }

  @Override
  public void addPending(PendingSubscription pending) {
    String owner = pending.owner().toString();
    String contact = pending.contact().toString();
    database.upsert(
        connection -> {
          int updated =
              update(
                  connection,
                  "UPDATE roster_pending SET stanza_xml = ? WHERE owner_jid = ? AND contact_jid = ?",
                  pending.stanzaXml(),
                  owner,
                  contact);
          if (updated == 0) {
            update(
                connection,
                "INSERT INTO roster_pending (owner_jid, contact_jid, stanza_xml) VALUES (?, ?, ?)",
                owner,
                contact,
                pending.stanzaXml());
          }
          return null;
        });
  }

  @Override
  public void removePending(BareJid owner, Jid contact) {
    database.autoCommit(
        c ->
            update(
                c,
                "DELETE FROM roster_pending WHERE owner_jid = ? AND contact_jid = ?",
                owner.toString(),
                contact.toString()));
  }

  @Override
  public List<PendingSubscription> pending(BareJid owner) {
    List<PendingSubscription> pending =
        database.autoCommit(
            c ->
                query(
                    c,
                    "SELECT owner_jid, contact_jid, stanza_xml FROM roster_pending"
                        + " WHERE owner_jid = ?",
                    PENDING,
                    owner.toString()));
    return pending.stream().sorted(Comparator.comparing(p -> p.contact().toString())).toList();
  }

  @Override
  public List<RosterItem> itemsWithContact(Jid contact) {
    return database.autoCommit(c -> RosterRows.byContact(c, contact));
  }

  /**
   * Locks the owner's counter row for the rest of the transaction and returns the version. When
   * there is no row yet, {@code create} inserts one at 0 (a concurrent insert makes this
   * transaction fail with a unique violation, and {@link Database#upsert} runs it again).
   */
  private static Optional<Long> lockVersion(Connection connection, BareJid owner, boolean create)
      throws SQLException {
    Optional<Long> version =
        queryOne(connection, LOCK_VERSION, row -> row.getLong(1), owner.toString());
    if (version.isPresent() || !create) {
      return version;
    }
    update(
        connection,
        "INSERT INTO roster_versions (owner_jid, version) VALUES (?, ?)",
        owner.toString(),
        0L);
    return Optional.of(0L);
  }

  private static long increment(Connection connection, BareJid owner, long current)
      throws SQLException {
    long next = current + 1;
    update(
        connection,
        "UPDATE roster_versions SET version = ? WHERE owner_jid = ?",
        next,
        owner.toString());
    return next;
  }
}

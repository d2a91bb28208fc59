package dev.parley.store.jdbc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.RosterItem;
import dev.parley.store.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code roster_items} with their {@code roster_groups}. An item and its groups
 * come back from one query (a left join), so reading a roster is a single round trip.
 */
final class RosterRows {

  /** A stored item with its surrogate key, which {@code roster_groups} refers to. */
  record Stored(long id, RosterItem item) {}

  private static final String SELECT =
      "SELECT i.id, i.owner_jid, i.contact_jid, i.display_name, i.subscription,"
          + " i.ask_subscribe, i.pre_approved, g.group_name"
          + " FROM roster_items i LEFT JOIN roster_groups g ON g.item_id = i.id WHERE ";
  private static final String INSERT =
      "INSERT INTO roster_items (owner_jid, contact_jid, display_name, subscription,"
          + " ask_subscribe, pre_approved) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE roster_items SET display_name = ?, subscription = ?, ask_subscribe = ?,"
          + " pre_approved = ? WHERE id = ?";

  private RosterRows() {}

  static List<RosterItem> byOwner(Connection connection, BareJid owner) throws SQLException {
    return items(read(connection, "i.owner_jid = ?", owner.toString()));
  }

  static List<RosterItem> byContact(Connection connection, Jid contact) throws SQLException {
    return items(read(connection, "i.contact_jid = ?", contact.toString()));
  }

  static Optional<Stored> find(Connection connection, BareJid owner, Jid contact)
      throws SQLException {
    List<Stored> found =
        read(
            connection,
            "i.owner_jid = ? AND i.contact_jid = ?",
            owner.toString(),
            contact.toString());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Inserts the item, or updates the stored one, and sets its groups. */
  static void write(Connection connection, RosterItem item, Optional<Stored> existing)
      throws SQLException {
    String name = item.name().orElse(null);
    String subscription = item.subscription().name();
    long id;
    if (existing.isPresent()) {
      id = existing.get().id();
      Statements.update(
          connection, UPDATE, name, subscription, item.askSubscribe(), item.preApproved(), id);
      Statements.update(connection, "DELETE FROM roster_groups WHERE item_id = ?", id);
    } else {
      id =
          Statements.insertReturningKey(
              connection,
              INSERT,
              "id",
              item.owner().toString(),
              item.contact().toString(),
              name,
              subscription,
              item.askSubscribe(),
              item.preApproved());
    }
    List<Object[]> groups = new ArrayList<>();
    for (String group : item.groups()) {
      groups.add(new Object[] {id, group});
    }
    Statements.batch(
        connection, "INSERT INTO roster_groups (item_id, group_name) VALUES (?, ?)", groups);
  }

  static boolean delete(Connection connection, BareJid owner, Jid contact) throws SQLException {
    return Statements.update(
            connection,
            "DELETE FROM roster_items WHERE owner_jid = ? AND contact_jid = ?",
            owner.toString(),
            contact.toString())
        > 0;
  }

  private static List<Stored> read(Connection connection, String where, String... parameters)
      throws SQLException {
    Map<Long, Builder> byId = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(SELECT + where)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          long id = row.getLong("id");
          Builder builder = byId.get(id);
          if (builder == null) {
            builder = new Builder(id, row);
            byId.put(id, builder);
          }
          String group = row.getString("group_name");
          if (group != null) {
            builder.groups.add(group);
          }
        }
      }
    }
    return byId.values().stream().map(Builder::build).toList();
  }

  /** Items in a stable order: owner, then contact, as canonical strings. */
  private static List<RosterItem> items(List<Stored> stored) {
    return stored.stream()
        .map(Stored::item)
        .sorted(
            Comparator.comparing((RosterItem item) -> item.owner().toString())
                .thenComparing(item -> item.contact().toString()))
        .toList();
  }

  /** Collects the group rows of one item. */
  private static final class Builder {
    private final long id;
    private final BareJid owner;
    private final Jid contact;
    private final Optional<String> name;
    private final Subscription subscription;
    private final boolean ask;
    private final boolean preApproved;
    private final Set<String> groups = new HashSet<>();

    Builder(long id, ResultSet row) throws SQLException {
      this.id = id;
      this.owner = Jid.parseBare(row.getString("owner_jid"));
      this.contact = Jid.parse(row.getString("contact_jid"));
      this.name = Optional.ofNullable(row.getString("display_name"));
      this.subscription = Subscription.valueOf(row.getString("subscription"));
      this.ask = row.getBoolean("ask_subscribe");
      this.preApproved = row.getBoolean("pre_approved");
    }

    Stored build() {
      return new Stored(
          id, new RosterItem(owner, contact, name, subscription, ask, preApproved, groups));
    }
  }
}

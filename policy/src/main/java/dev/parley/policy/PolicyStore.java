package dev.parley.policy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The federation policy in the cluster's database (schema V11): the stored policy, its audit
 * history and the revision each node has applied. Every change runs in one transaction that locks
 * the policy row, so that two administrators changing it at once both end in the history, in order.
 */
public final class PolicyStore {
  private static final String LOCK =
      "SELECT allow_by_default, revision FROM federation_policy WHERE id = 1 FOR UPDATE";
  private final DataSource dataSource;
  private final Clock clock;

  public PolicyStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  public PolicyStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The stored policy (the one the next restart applies). */
  public StoredPolicy current() {
    try (Connection c = dataSource.getConnection()) {
      return read(c, "SELECT allow_by_default, revision FROM federation_policy WHERE id = 1");
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot read the federation policy", e);
    }
  }

  /**
   * Changes the stored policy and records the change in the history, in one transaction.
   *
   * @param by who asks (the admin principal)
   * @param change what they asked for, in words
   * @param edit the change; may throw {@link IllegalArgumentException}, which leaves everything as
   *     it was
   * @return the new stored policy
   */
  public StoredPolicy change(String by, String change, UnaryOperator<FederationPolicy> edit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        StoredPolicy before = read(c, LOCK);
        FederationPolicy after = edit.apply(before.policy());
        StoredPolicy stored = new StoredPolicy(after, before.revision() + 1);
        write(c, stored);
        history(
            c,
            new PolicyChange(
                stored.revision(), clock.instant(), by, change, before.policy(), after));
        c.commit();
        return stored;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot change the federation policy", e);
    }
  }

  /** Every change, newest first. */
  public List<PolicyChange> history() {
    String sql =
        "SELECT revision, changed_at, changed_by, change_text, policy_before, policy_after"
            + " FROM federation_policy_history ORDER BY revision DESC";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<PolicyChange> changes = new ArrayList<>();
      while (rs.next()) {
        changes.add(
            new PolicyChange(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                FederationPolicy.fromText(rs.getString(5)),
                FederationPolicy.fromText(rs.getString(6))));
      }
      return changes;
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot read the federation policy history", e);
    }
  }

  /** The policy as it was at {@code revision}. */
  public StoredPolicy at(long revision) {
    if (revision == 0) {
      return StoredPolicy.INITIAL;
    }
    String sql = "SELECT policy_after FROM federation_policy_history WHERE revision = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, revision);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no policy revision " + revision);
        }
        return new StoredPolicy(FederationPolicy.fromText(rs.getString(1)), revision);
      }
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot read policy revision " + revision, e);
    }
  }

  /** Records that {@code node} now enforces {@code revision}. */
  public void applied(String node, long revision) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE federation_policy_applied SET revision = ?, applied_at = ? WHERE node = ?")) {
        update.setLong(1, revision);
        update.setObject(2, now);
        update.setString(3, node);
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO federation_policy_applied (node, revision, applied_at)"
                      + " VALUES (?, ?, ?)")) {
            insert.setString(1, node);
            insert.setLong(2, revision);
            insert.setObject(3, now);
            insert.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot record the applied policy of " + node, e);
    }
  }

  /** The revision {@code node} enforces, and since when; empty before its first apply. */
  public Optional<AppliedRevision> applied(String node) {
    String sql = "SELECT revision, applied_at FROM federation_policy_applied WHERE node = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, node);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new AppliedRevision(
                    rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new PolicyStoreException("cannot read the applied policy of " + node, e);
    }
  }

  /** A revision a node applied, and when. */
  public record AppliedRevision(long revision, Instant at) {}

  private static StoredPolicy read(Connection c, String sql) throws SQLException {
    boolean allow;
    long revision;
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the federation_policy row is missing (schema V11)");
      }
      allow = rs.getBoolean(1);
      revision = rs.getLong(2);
    }
    List<PolicyException> exceptions = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT entry, direction FROM federation_policy_exceptions");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        exceptions.add(
            new PolicyException(rs.getString(1), PolicyDirection.parse(rs.getString(2))));
      }
    }
    return new StoredPolicy(new FederationPolicy(allow, exceptions), revision);
  }

  private static void write(Connection c, StoredPolicy stored) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE federation_policy SET allow_by_default = ?, revision = ? WHERE id = 1")) {
      ps.setBoolean(1, stored.policy().allowByDefault());
      ps.setLong(2, stored.revision());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM federation_policy_exceptions")) {
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO federation_policy_exceptions (entry, direction) VALUES (?, ?)")) {
      for (PolicyException e : stored.policy().exceptions()) {
        ps.setString(1, e.domain());
        ps.setString(2, e.direction().label());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void history(Connection c, PolicyChange change) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO federation_policy_history (revision, changed_at, changed_by,"
                + " change_text, policy_before, policy_after) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, change.revision());
      ps.setObject(2, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
      ps.setString(3, change.by());
      ps.setString(4, change.change());
      ps.setString(5, change.before().toText());
      ps.setString(6, change.after().toText());
      ps.executeUpdate();
    }
  }
}

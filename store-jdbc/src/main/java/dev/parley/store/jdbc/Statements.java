package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepared-statement helpers shared by the stores. Parameters are bound by position; {@code null}
 * binds SQL NULL as text (the only nullable columns are text), an {@link Instant} binds a UTC
 * {@code TIMESTAMP WITH TIME ZONE}.
 */
final class Statements {

  private Statements() {}

  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /** Runs one statement for each parameter row as a JDBC batch (one round trip on PostgreSQL). */
  static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  static <T> List<T> query(
      Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  static <T> Optional<T> queryOne(
      Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    List<T> rows = query(connection, sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Inserts one row and returns the key the database generated for {@code keyColumn}. */
  static long insertReturningKey(
      Connection connection, String sql, String keyColumn, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {keyColumn})) {
      bind(statement, parameters);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated key returned for " + keyColumn);
        }
        return keys.getLong(1);
      }
    }
  }

  /**
   * Timestamps are kept to the microsecond, the precision PostgreSQL and H2 share; truncating here
   * makes what is read back equal to what was written on both.
   */
  static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value instanceof Instant instant) {
        statement.setObject(index, storable(instant).atOffset(ZoneOffset.UTC));
      } else {
        statement.setObject(index, value);
      }
    }
  }
}

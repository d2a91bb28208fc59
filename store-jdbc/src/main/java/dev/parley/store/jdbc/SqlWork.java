package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; {@link Database} decides about transactions and retries. */
@FunctionalInterface
interface SqlWork<T> {

  T run(Connection connection) throws SQLException;
}

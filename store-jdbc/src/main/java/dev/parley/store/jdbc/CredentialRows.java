package dev.parley.store.jdbc;

import dev.parley.protocol.BareJid;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads and writes the rows of {@code user_credentials}: one verifier per mechanism. */
final class CredentialRows {

  private static final String INSERT =
      "INSERT INTO user_credentials (jid, mechanism, salt, iterations, stored_key, server_key)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "SELECT mechanism, salt, iterations, stored_key, server_key FROM user_credentials"
          + " WHERE jid = ?";
  private static final RowMapper<ScramCredential> CREDENTIAL =
      row ->
          new ScramCredential(
              ScramMechanism.valueOf(row.getString("mechanism")),
              row.getString("salt"),
              row.getInt("iterations"),
              row.getString("stored_key"),
              row.getString("server_key"));

  /** A verifier is looked up by mechanism, so two for one mechanism would be ambiguous. */
  static void requireOnePerMechanism(List<ScramCredential> credentials) {
    Set<ScramMechanism> seen = EnumSet.noneOf(ScramMechanism.class);
    for (ScramCredential credential : credentials) {
      if (!seen.add(credential.mechanism())) {
        throw new IllegalArgumentException(
            "more than one credential for " + credential.mechanism().saslName());
      }
    }
  }

  void insert(Connection connection, BareJid jid, List<ScramCredential> credentials)
      throws SQLException {
    Statements.batch(
        connection,
        INSERT,
        credentials.stream()
            .map(
                c ->
                    new Object[] {
                      jid.toString(),
                      c.mechanism().name(),
                      c.salt(),
                      c.iterations(),
                      c.storedKey(),
                      c.serverKey()
                    })
            .toList());
  }

  /** The account's verifiers in mechanism order (SCRAM-SHA-1 before SCRAM-SHA-256). */
  List<ScramCredential> read(Connection connection, BareJid jid) throws SQLException {
    List<ScramCredential> credentials =
        Statements.query(connection, SELECT, CREDENTIAL, jid.toString());
    credentials.sort(Comparator.comparing(ScramCredential::mechanism));
    return List.copyOf(credentials);
  }

  void deleteAll(Connection connection, BareJid jid) throws SQLException {
    Statements.update(connection, "DELETE FROM user_credentials WHERE jid = ?", jid.toString());
  }
}

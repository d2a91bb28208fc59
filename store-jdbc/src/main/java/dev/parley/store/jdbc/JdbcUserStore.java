package dev.parley.store.jdbc;

import static dev.parley.store.jdbc.Statements.query;
import static dev.parley.store.jdbc.Statements.queryOne;
import static dev.parley.store.jdbc.Statements.update;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts in {@code users}, their SCRAM verifiers in {@code user_credentials}. Creating an account
 * is one transaction with the credentials inserted as a batch, so that a bulk import costs two
 * round trips per account.
 *
 * <p>Email addresses are unique ignoring case: creating an account with, or setting, an address
 * another account holds throws {@link IllegalArgumentException} and changes nothing.
 */
public final class JdbcUserStore implements UserStore {

  private static final String COLUMNS = "jid, is_admin, disabled, email, created_at";
  private static final String INSERT =
      "INSERT INTO users (jid, jid_domain, is_admin, disabled, email, email_lower, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final RowMapper<Account> ACCOUNT =
      row ->
          new Account(
              Jid.parseBare(row.getString("jid")),
              row.getBoolean("is_admin"),
              row.getBoolean("disabled"),
              Optional.ofNullable(row.getString("email")),
              Statements.instant(row, "created_at"));

  private final Database database;
  private final CredentialRows credentials = new CredentialRows();

  /** A store over a migrated schema (see {@link JdbcStores#open(DatabaseSettings)}). */
  public JdbcUserStore(DataSource dataSource) {
    this.database = new Database(dataSource);
  }

  @Override
  public boolean create(Account account, List<ScramCredential> newCredentials) {
    CredentialRows.requireOnePerMechanism(newCredentials);
    BareJid jid = account.jid();
    Optional<String> email = account.email();
    try {
      return database.transaction(
          connection -> {
            update(
                connection,
                INSERT,
                jid.toString(),
                jid.domain(),
                account.admin(),
                account.disabled(),
                email.orElse(null),
                email.map(JdbcUserStore::lower).orElse(null),
                account.created());
            credentials.insert(connection, jid, newCredentials);
            return true;
          });
    } catch (JdbcStoreException e) {
      if (!e.isUniqueViolation()) {
        throw e;
      }
      if (exists(jid)) {
        return false;
      }
      throw new IllegalArgumentException("email address already in use: " + email.orElse(""), e);
    }
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return database.autoCommit(
        c ->
            queryOne(
                c, "SELECT " + COLUMNS + " FROM users WHERE jid = ?", ACCOUNT, jid.toString()));
  }

  @Override
  public boolean exists(BareJid jid) {
    return database.autoCommit(
        c ->
            queryOne(c, "SELECT 1 FROM users WHERE jid = ?", row -> true, jid.toString())
                .isPresent());
  }

  @Override
  public boolean delete(BareJid jid) {
    return database.transaction(connection -> AccountData.deleteAll(connection, jid));
  }

  @Override
  public List<Account> list(Optional<String> domain) {
    List<Account> accounts =
        database.autoCommit(
            c ->
                domain.isPresent()
                    ? query(
                        c,
                        "SELECT " + COLUMNS + " FROM users WHERE jid_domain = ?",
                        ACCOUNT,
                        domain.get())
                    : query(c, "SELECT " + COLUMNS + " FROM users", ACCOUNT));
    // Sorted here rather than by ORDER BY: database collations differ (PostgreSQL follows the
    // locale it was created with), the canonical JID string order does not.
    accounts.sort(Comparator.comparing(account -> account.jid().toString()));
    return accounts;
  }

  @Override
  public long count() {
    return database.autoCommit(
        c -> queryOne(c, "SELECT COUNT(*) FROM users", row -> row.getLong(1)).orElse(0L));
  }

  @Override
  public List<ScramCredential> credentials(BareJid jid) {
    return database.autoCommit(c -> credentials.read(c, jid));
  }

  @Override
  public boolean replaceCredentials(BareJid jid, List<ScramCredential> newCredentials) {
    CredentialRows.requireOnePerMechanism(newCredentials);
    return database.transaction(
        connection -> {
          if (!lockAccount(connection, jid)) {
            return false;
          }
          credentials.deleteAll(connection, jid);
          credentials.insert(connection, jid, newCredentials);
          return true;
        });
  }

  @Override
  public boolean setEmail(BareJid jid, Optional<String> email) {
    try {
      return database.autoCommit(
          c ->
              update(
                      c,
                      "UPDATE users SET email = ?, email_lower = ? WHERE jid = ?",
                      email.orElse(null),
                      email.map(JdbcUserStore::lower).orElse(null),
                      jid.toString())
                  > 0);
    } catch (JdbcStoreException e) {
      if (e.isUniqueViolation()) {
        throw new IllegalArgumentException("email address already in use: " + email.get(), e);
      }
      throw e;
    }
  }

  @Override
  public boolean setDisabled(BareJid jid, boolean disabled) {
    return setFlag("disabled", jid, disabled);
  }

  @Override
  public boolean setAdmin(BareJid jid, boolean admin) {
    return setFlag("is_admin", jid, admin);
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return database.autoCommit(
        c ->
            queryOne(
                c,
                "SELECT " + COLUMNS + " FROM users WHERE email_lower = ?",
                ACCOUNT,
                lower(email)));
  }

  private boolean setFlag(String column, BareJid jid, boolean value) {
    // column is one of two constants above, never caller input
    String sql = "UPDATE users SET " + column + " = ? WHERE jid = ?";
    return database.autoCommit(c -> update(c, sql, value, jid.toString()) > 0);
  }

  /** Locks the account row for the rest of the transaction; false when there is no account. */
  private static boolean lockAccount(Connection connection, BareJid jid) throws SQLException {
    return queryOne(
            connection, "SELECT 1 FROM users WHERE jid = ? FOR UPDATE", row -> true, jid.toString())
        .isPresent();
  }

  private static String lower(String email) {
    return email.toLowerCase(Locale.ROOT);
  }
}

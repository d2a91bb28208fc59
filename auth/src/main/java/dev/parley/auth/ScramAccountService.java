package dev.parley.auth;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.AccountException;
import dev.parley.server.AccountService;
import dev.parley.server.ServerInfo;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.UserStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts whose passwords are kept only as SCRAM-SHA-256 and SCRAM-SHA-1 verifiers.
 *
 * <p>Every method that takes a password <strong>wipes the array before returning</strong>, whether
 * it succeeded or not: the caller hands the password over and must not reuse the array. Hashing
 * takes milliseconds, so call these methods off event loops.
 */
public final class ScramAccountService implements AccountService {
  private static final Logger LOG = LoggerFactory.getLogger(ScramAccountService.class);

  private final UserStore users;
  private final ServerInfo server;
  private final ScramHasher hasher;
  private final Consumer<BareJid> onDeleted;
  private final ParallelImport parallelImport;

  /** A service with default hashing (4096 iterations) and nothing to notify on deletion. */
  public ScramAccountService(UserStore users, ServerInfo server) {
    this(users, server, new ScramHasher(), jid -> {});
  }

  /**
   * @param users where accounts and credentials are stored
   * @param server the hosted domains: accounts can be created only in those
   * @param hasher how passwords become credentials
   * @param onDeleted called after an account was deleted, to close its live sessions
   */
  public ScramAccountService(
      UserStore users, ServerInfo server, ScramHasher hasher, Consumer<BareJid> onDeleted) {
    this.users = users;
    this.server = server;
    this.hasher = hasher;
    this.onDeleted = onDeleted;
    this.parallelImport = ParallelImport.perCpu();
  }

  @Override
  public Account create(BareJid jid, char[] password, boolean admin) {
    Account account = create(jid, password, admin, Optional.empty());
    LOG.info("Created account {}", jid);
    return account;
  }

  @Override
  public void changePassword(BareJid jid, char[] password) {
    try {
      if (!users.exists(jid)) {
        throw new AccountException("no account " + jid);
      }
      if (!users.replaceCredentials(jid, credentials(password))) {
        throw new AccountException("no account " + jid);
      }
    } finally {
      PasswordPreparation.wipe(password);
    }
    LOG.info("Changed the password of {}", jid);
  }

  @Override
  public boolean delete(BareJid jid) {
    boolean deleted = users.delete(jid);
    if (deleted) {
      LOG.info("Deleted account {}", jid);
      onDeleted.accept(jid);
    }
    return deleted;
  }

  @Override
  public Optional<Account> find(BareJid jid) {
    return users.find(jid);
  }

  /** True when the password matches; false for unknown accounts. Ignores the disabled flag. */
  @Override
  public boolean verify(BareJid jid, char[] password) {
    try {
      List<ScramCredential> stored = users.credentials(jid);
      return ScramHasher.strongest(stored)
          .map(credential -> hasher.matches(credential, password))
          .orElse(false);
    } finally {
      PasswordPreparation.wipe(password);
    }
  }

  /**
   * Creates the accounts of {@code lines}, hashing in parallel on one platform thread per CPU.
   * Existing accounts are left alone and reported; every password array is wiped.
   */
  public ImportReport importAccounts(List<ImportLine> lines) {
    ImportReport report = parallelImport.run(lines, this::importLine);
    LOG.info("Imported {} accounts, {} lines skipped", report.created(), report.problems().size());
    return report;
  }

  /** Parses {@code jid,password[,email]} lines (see {@link AccountCsv}) and imports them. */
  public ImportReport importCsv(BufferedReader reader) throws IOException {
    AccountCsv.Parsed parsed = AccountCsv.parse(reader);
    return importAccounts(parsed.lines()).withProblems(parsed.problems());
  }

  private Optional<ImportProblem> importLine(ImportLine line) {
    try {
      BareJid jid = Jid.parseBare(line.jid().strip());
      create(jid, line.password(), false, line.email());
      LOG.debug("Imported account {}", jid);
      return Optional.empty();
    } catch (JidFormatException e) {
      PasswordPreparation.wipe(line.password());
      return Optional.of(new ImportProblem(line.lineNumber(), "invalid JID: " + e.getMessage()));
    } catch (AccountException e) {
      return Optional.of(new ImportProblem(line.lineNumber(), e.getMessage()));
    }
  }

  private Account create(BareJid jid, char[] password, boolean admin, Optional<String> email) {
    try {
      if (!server.hosts(jid.domain())) {
        throw new AccountException(jid.domain() + " is not a domain of this server");
      }
      // Checked first so that an existing account does not cost a hash; create() still decides.
      if (users.exists(jid)) {
        throw new AccountException("the account " + jid + " already exists");
      }
      List<ScramCredential> credentials = credentials(password);
      Account account = new Account(jid, admin, false, email, Instant.now());
      if (!users.create(account, credentials)) {
        throw new AccountException("the account " + jid + " already exists");
      }
      return account;
    } finally {
      PasswordPreparation.wipe(password);
    }
  }

  private List<ScramCredential> credentials(char[] password) {
    try {
      return hasher.hash(password);
    } catch (IllegalArgumentException e) {
      throw new AccountException("unusable password: " + e.getMessage());
    }
  }
}

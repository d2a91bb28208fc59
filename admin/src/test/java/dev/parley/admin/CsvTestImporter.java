package dev.parley.admin;

import dev.parley.admin.model.ImportReport;
import dev.parley.admin.model.LineError;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.AccountService;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A simple {@link AccountImporter} for tests; the real one lives in the auth module. */
public final class CsvTestImporter implements AccountImporter {

  private final AccountService accounts;
  private final UserStore users;

  public CsvTestImporter(AccountService accounts, UserStore users) {
    this.accounts = accounts;
    this.users = users;
  }

  @Override
  public ImportReport importCsv(List<String> lines) {
    int created = 0;
    List<LineError> failed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      Optional<String> problem = importLine(fields);
      if (problem.isPresent()) {
        failed.add(new LineError(i + 1, problem.get()));
      } else {
        created++;
      }
    }
    return new ImportReport(created, failed);
  }

  private Optional<String> importLine(String[] fields) {
    if (fields.length < 2 || fields[1].isEmpty()) {
      return Optional.of("expected jid,password[,email]");
    }
    BareJid jid;
    try {
      jid = Jid.parseBare(fields[0].strip());
    } catch (JidFormatException e) {
      return Optional.of("invalid JID: " + e.getMessage());
    }
    if (accounts.find(jid).isPresent()) {
      return Optional.of("account " + jid + " exists");
    }
    accounts.create(jid, fields[1].toCharArray(), false);
    if (fields.length > 2 && !fields[2].isBlank()) {
      users.setEmail(jid, Optional.of(fields[2].strip()));
    }
    return Optional.empty();
  }
}

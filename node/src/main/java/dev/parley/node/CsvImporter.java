package dev.parley.node;

import dev.parley.admin.AccountImporter;
import dev.parley.admin.model.ImportReport;
import dev.parley.admin.model.LineError;
import dev.parley.auth.ImportProblem;
import dev.parley.auth.ScramAccountService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Hands the admin API's CSV upload to the auth module's parallel importer. */
final class CsvImporter implements AccountImporter {
  private final ScramAccountService accounts;

  CsvImporter(ScramAccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public ImportReport importCsv(List<String> lines) {
    try (BufferedReader reader = new BufferedReader(new StringReader(String.join("\n", lines)))) {
      dev.parley.auth.ImportReport report = accounts.importCsv(reader);
      List<LineError> failed =
          report.problems().stream()
              .map((ImportProblem p) -> new LineError(p.lineNumber(), p.reason()))
              .toList();
      return new ImportReport(report.created(), failed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.parley.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of an account import.
 *
 * @param created how many accounts were created
 * @param problems the lines that were skipped, in line order
 */
public record ImportReport(int created, List<ImportProblem> problems) {

  public ImportReport {
    problems =
        problems.stream().sorted(Comparator.comparingInt(ImportProblem::lineNumber)).toList();
  }

  /** This report with more problems (for example those found while parsing the file). */
  public ImportReport withProblems(List<ImportProblem> more) {
    List<ImportProblem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new ImportReport(created, all);
  }
}

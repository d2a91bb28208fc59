package dev.parley.admin.model;

import java.util.List;

/**
 * The result of {@code POST /api/users/import}.
 *
 * @param created how many accounts were created
 * @param failed the lines that were refused, in file order
 */
public record ImportReport(int created, List<LineError> failed) {

  public ImportReport {
    failed = failed == null ? List.of() : List.copyOf(failed);
  }

  /** True when every line was imported. */
  public boolean succeeded() {
    return failed.isEmpty();
  }
}

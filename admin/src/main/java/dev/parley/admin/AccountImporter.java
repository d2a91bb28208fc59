package dev.parley.admin;

import dev.parley.admin.model.ImportReport;
import java.util.List;

/**
 * Bulk account creation from CSV lines {@code jid,password[,email]}: the hook through which the
 * node hands the admin API the auth module's importer.
 */
@FunctionalInterface
public interface AccountImporter {

  /**
   * Creates one account per line and reports the lines it refused.
   *
   * @param lines the uploaded file split into lines; line {@code i} of the list is line {@code i +
   *     1} of the file, and blank lines count
   * @return how many accounts were created and, per refused line, its number and a reason that
   *     never contains the password
   */
  ImportReport importCsv(List<String> lines);
}

package dev.parley.cli;

import dev.parley.admin.model.ImportReport;
import dev.parley.admin.model.LineError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user import FILE}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Creates accounts from a CSV file, one per line: jid,password[,email] (UTF-8).",
      "Prints how many were created and each refused line with its number and reason; exits"
          + " with 1 when any line was refused. Lines that succeeded stay imported."
    })
final class UserImportCommand extends AdminCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
  Path file;

  UserImportCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  int run(AdminClient client) {
    String csv = read();
    ImportReport report =
        client.postText(
            "/api/users/import", "text/csv; charset=utf-8", csv, Payloads.IMPORT_REPORT);
    out()
        .printf(
            "created %d account%s from %s%n",
            report.created(), report.created() == 1 ? "" : "s", file);
    out().flush();
    for (LineError error : report.failed()) {
      err().printf("%s line %d: %s%n", file, error.line(), error.reason());
    }
    if (report.failed().isEmpty()) {
      return 0;
    }
    err()
        .printf(
            "%d line%s refused%n", report.failed().size(), report.failed().size() == 1 ? "" : "s");
    return CliException.FAILED;
  }

  private String read() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException("no such file: " + file);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + " as UTF-8 text: " + e.getMessage());
    }
  }
}

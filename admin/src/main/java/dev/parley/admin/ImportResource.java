package dev.parley.admin;

import dev.parley.admin.model.ImportReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/users/import}: bulk account creation from a CSV body. */
final class ImportResource {

  private static final Logger LOG = LoggerFactory.getLogger(ImportResource.class);

  private final AccountImporter importer;

  ImportResource(AccountImporter importer) {
    this.importer = importer;
  }

  void register(Javalin app) {
    app.post("/api/users/import", this::importCsv);
  }

  private void importCsv(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("empty import: send lines jid,password[,email] as text/csv");
    }
    // String.lines() splits on \n, \r\n and \r, so files from any platform number alike.
    List<String> lines = body.lines().toList();
    ImportReport report = importer.importCsv(lines);
    // The lines hold passwords: log counts only.
    LOG.info(
        "admin {}: imported {} accounts from {} lines ({} refused)",
        UserResource.principal(ctx),
        report.created(),
        lines.size(),
        report.failed().size());
    ctx.json(report);
  }
}

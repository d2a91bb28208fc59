package dev.parley.auth;

import dev.parley.protocol.DomainJid;
import dev.parley.server.ServerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prints how long importing 10,000 accounts takes on this machine. Not a test (nothing to assert):
 * run it by hand with the test classpath, {@code java -cp ... dev.parley.auth.ImportTiming [n]}.
 */
final class ImportTiming {
  private ImportTiming() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    for (int round = 1; round <= 2; round++) {
      InMemoryUserStore users = new InMemoryUserStore();
      ScramAccountService service =
          new ScramAccountService(
              users, new ServerInfo("Parley", "t", "n", Set.of(DomainJid.of("example.com"))));
      List<ImportLine> lines = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        lines.add(
            new ImportLine(
                i + 1, "u" + i + "@example.com", ("pw" + i).toCharArray(), Optional.empty()));
      }
      long start = System.nanoTime();
      ImportReport report = service.importAccounts(lines);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "round %d: imported %d accounts (%d problems) in %d ms on %d CPUs%n",
          round,
          report.created(),
          report.problems().size(),
          millis,
          Runtime.getRuntime().availableProcessors());
    }
  }
}

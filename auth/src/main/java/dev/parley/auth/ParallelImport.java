package dev.parley.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one import step per line on a fixed pool of platform threads, one per CPU. Hashing is pure
 * CPU work, so more threads than cores would only add contention, and virtual threads would gain
 * nothing (they are for blocking, not computing). The pool lives for one import only.
 */
final class ParallelImport {
  private final int threads;

  ParallelImport(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one import thread");
    }
    this.threads = threads;
  }

  static ParallelImport perCpu() {
    return new ParallelImport(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Applies {@code step} to every line; the step returns a problem or empty when the account was
   * created. Lines whose step throws are reported with the exception's message.
   */
  ImportReport run(List<ImportLine> lines, Function<ImportLine, Optional<ImportProblem>> step) {
    List<Future<Optional<ImportProblem>>> results = new ArrayList<>(lines.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory())) {
      for (ImportLine line : lines) {
        results.add(pool.submit(() -> step.apply(line)));
      }
      int created = 0;
      List<ImportProblem> problems = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Optional<ImportProblem> problem = outcome(lines.get(i), results.get(i));
        if (problem.isPresent()) {
          problems.add(problem.get());
        } else {
          created++;
        }
      }
      return new ImportReport(created, problems);
    }
  }

  private static Optional<ImportProblem> outcome(
      ImportLine line, Future<Optional<ImportProblem>> result) {
    try {
      return result.get();
    } catch (ExecutionException e) {
      return Optional.of(new ImportProblem(line.lineNumber(), String.valueOf(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(new ImportProblem(line.lineNumber(), "import interrupted"));
    }
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "account-import-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.parley.bench.compare;

import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.LoadClient;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code login}: full logins per second. Each of {@code loginParallel} workers loops, until the
 * time is up: connect, STARTTLS, SCRAM-SHA-1, bind, initial presence, ping (the server has
 * processed the presence), close. Accounts rotate over the first 100.
 */
record LoginWorkload() implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(LoginWorkload.class);

  @Override
  public String name() {
    return "login";
  }

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    ClientSettings client = context.client(server);
    int workers = context.sizes().loginParallel();
    LongAdder done = new LongAdder();
    LongAdder failed = new LongAdder();
    long start = System.nanoTime();
    long windowStart = start + context.sizes().warmup().toNanos();
    long end = windowStart + context.sizes().loginTime().toNanos();
    ProcStats[] cpu = new ProcStats[2];
    Thread marks =
        Thread.ofVirtual()
            .start(
                () -> {
                  cpu[0] = sample(server, windowStart);
                  cpu[1] = sample(server, end);
                });
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < workers; w++) {
        int worker = w;
        pool.submit(() -> loop(client, worker, windowStart, end, done, failed));
      }
    }
    marks.join();
    double seconds = (end - windowStart) / 1e9;
    double cpuSeconds = cpu[0] == null || cpu[1] == null ? 0 : cpu[1].cpuSecondsSince(cpu[0]);
    return List.of(
        new Result("login/s", true, done.sum() / seconds, 0, failed.sum(), cpuSeconds, done.sum()));
  }

  /**
   * One worker: its own account (one session per account at a time, so no resource conflict), its
   * logins during warm-up not counted (they also fill the tool's SCRAM cache and warm the JIT).
   */
  private static Void loop(
      ClientSettings client,
      int worker,
      long windowStart,
      long end,
      LongAdder done,
      LongAdder failed) {
    for (int n = 0; System.nanoTime() < end; n++) {
      try {
        LoadClient.loginOnce(client, worker + n * 1000, "load" + worker, PASSWORD);
        long now = System.nanoTime();
        if (now >= windowStart && now < end) {
          done.increment();
        }
      } catch (IOException | RuntimeException e) {
        failed.increment();
        LOG.warn("login of load{} failed: {}", worker, e.getMessage());
      }
    }
    return null;
  }

  private static ProcStats sample(BenchServer server, long at) {
    for (long left = at - System.nanoTime(); left > 0; left = at - System.nanoTime()) {
      java.util.concurrent.locks.LockSupport.parkNanos(left);
    }
    try {
      return ProcStats.read(server.pid());
    } catch (IOException e) {
      return null;
    }
  }
}

package dev.parley.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** Logs in every account of a side, a bounded number at a time, all or nothing. */
public final class Logins {
  private Logins() {}

  /**
   * Connects and logs in every account of {@code side}, at most {@code parallel} at once.
   *
   * @return the clients in account order
   * @throws IOException when any login fails; the clients already connected are closed
   */
  public static List<LoadClient> connectAll(Side side, MessageSink sink, int parallel)
      throws IOException, InterruptedException {
    Semaphore slots = new Semaphore(parallel);
    List<Future<LoadClient>> pending = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < side.accounts().count(); i++) {
        int index = i;
        pending.add(
            executor.submit(
                () -> {
                  slots.acquire();
                  try {
                    return LoadClient.connect(
                        side.client(),
                        index,
                        side.accounts().localpart(index),
                        side.accounts().password(),
                        sink);
                  } finally {
                    slots.release();
                  }
                }));
      }
    }
    List<LoadClient> clients = new ArrayList<>();
    IOException failure = null;
    for (Future<LoadClient> future : pending) {
      try {
        clients.add(future.get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = new IOException("login failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    }
    if (failure != null) {
      clients.forEach(LoadClient::close);
      throw failure;
    }
    return clients;
  }
}

package dev.parley.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    List<CompletableFuture<LoadClient>> pending = new ArrayList<>();
    // No thread per login: the calling thread only waits for a free slot, the event loops log in.
    for (int i = 0; i < side.accounts().count(); i++) {
      slots.acquire();
      CompletableFuture<LoadClient> login =
          LoadClient.connectAsync(
              side.client(), i, side.accounts().localpart(i), side.accounts().password(), sink);
      login.whenComplete((client, failure) -> slots.release());
      pending.add(login);
    }
    List<LoadClient> clients = new ArrayList<>();
    IOException failure = null;
    for (CompletableFuture<LoadClient> future : pending) {
      try {
        clients.add(future.join());
      } catch (CompletionException e) {
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

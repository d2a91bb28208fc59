package dev.parley.transport;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor (virtual threads). Each
 * connection has one, so its stanzas are handled in order while other connections run in parallel.
 */
public final class SerialExecutor implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
  private final Executor delegate;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  public SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (tasks) {
      tasks.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    delegate.execute(this::drain);
  }

  /**
   * Whether no task is queued or running: everything submitted so far has finished, so work done
   * now on the submitting thread cannot overtake any of it.
   */
  public boolean idle() {
    synchronized (tasks) {
      return !running && tasks.isEmpty();
    }
  }

  public int pending() {
    synchronized (tasks) {
      return tasks.size();
    }
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (tasks) {
        next = tasks.poll();
        if (next == null) {
          running = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        LOG.error("task failed on a connection", e);
      }
    }
  }
}

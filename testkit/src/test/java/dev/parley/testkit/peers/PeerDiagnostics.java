package dev.parley.testkit.peers;

import java.util.List;
import java.util.stream.Stream;

/** Adds the peers' logs to whatever makes a test fail, so the report shows what they did. */
final class PeerDiagnostics {

  private PeerDiagnostics() {}

  /** A step of a test that may throw anything. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** Runs {@code step}; on failure attaches the last log lines of every peer and rethrows. */
  static void withLogs(List<? extends XmppPeer> peers, Step step) throws Exception {
    try {
      step.run();
    } catch (Exception | AssertionError e) {
      for (XmppPeer peer : peers) {
        e.addSuppressed(new PeerLog(peer.software() + " logs:\n" + peer.logTail(200)));
      }
      throw e;
    }
  }

  /** The process and every descendant alive now. */
  static List<ProcessHandle> family(XmppPeer peer) {
    ProcessHandle process =
        ProcessHandle.of(peer.pid()).orElseThrow(() -> new AssertionError("no process " + peer));
    return Stream.concat(Stream.of(process), process.descendants()).toList();
  }

  /** Carries a log excerpt into a failure report; it has no stack trace of its own. */
  static final class PeerLog extends Exception {
    private static final long serialVersionUID = 1L;

    PeerLog(String text) {
      super(text, null, false, false);
    }
  }
}

package dev.parley.testkit.peers;

import dev.parley.protocol.BareJid;
import java.nio.file.Path;
import java.util.List;

/**
 * A real XMPP server running as a federation peer for a test: its own process, configuration, data
 * and logs in a temporary directory, listening on the address and ports of its {@link PeerConfig}.
 * {@link #close()} stops the process and removes the directory.
 */
public sealed interface XmppPeer extends AutoCloseable permits ProsodyPeer, EjabberdPeer {

  /** What the peer was started with. */
  PeerConfig config();

  /** The peer software and its version as reported by its package, e.g. {@code Prosody 0.12.3}. */
  String software();

  /** Creates an account {@code localpart@domain} that can log in with PLAIN or SCRAM. */
  BareJid register(String localpart, String password);

  /** The server's own log file (debug level for Prosody, info level for ejabberd). */
  Path logFile();

  /** Every file the peer writes logs to: the server log and its standard output and error. */
  List<Path> logFiles();

  /** The last {@code lines} lines of every log file, headed by its path: for failure messages. */
  String logTail(int lines);

  /** The temporary directory with the generated configuration and data; gone after close(). */
  Path directory();

  /** The process id of the server, for checks that nothing outlives {@link #close()}. */
  long pid();

  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and deletes its directory. */
  @Override
  void close();
}

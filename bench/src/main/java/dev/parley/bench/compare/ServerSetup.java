package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every adapter gets, so the three servers start with the same settings.
 *
 * @param directory a fresh directory for this server's configuration, data and logs
 * @param address the loopback address the server binds (its own, PEERS.md quirk 11)
 * @param c2sPort the client port (STARTTLS required)
 * @param adminPort a second port: Parley's admin API or ejabberd's HTTP command API
 * @param core the CPU core the server is pinned to
 * @param accounts the accounts to create before anything is timed (domain {@link #DOMAIN})
 * @param certificate the server's certificate chain (PEM)
 * @param key the certificate's private key (PEM)
 * @param startTimeout how long the server may take to listen
 */
public record ServerSetup(
    Path directory,
    String address,
    int c2sPort,
    int adminPort,
    int core,
    Accounts accounts,
    Path certificate,
    Path key,
    Duration startTimeout) {

  /** The one XMPP domain every server hosts. */
  public static final String DOMAIN = "bench.test";

  /** The MUC service every server offers (when it has one). */
  public static final String MUC_DOMAIN = "muc.bench.test";

  /** SCRAM-SHA-1 iteration count every server stores its credentials with. */
  public static final int SCRAM_ITERATIONS = 4096;
}

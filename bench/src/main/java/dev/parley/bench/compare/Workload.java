package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.Endpoint;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.TlsPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/** One workload of the comparison, run against one started server. */
public sealed interface Workload
    permits LoginWorkload, IdleWorkload, ChatWorkload, PresenceWorkload, MucWorkload {

  /** The password of every benchmark account. */
  String PASSWORD = "load-secret";

  /** The workload's name on the command line ({@code login}, {@code chat}...). */
  String name();

  /** Whether {@code server} can run it (muc needs a MUC service). */
  default boolean supports(BenchServer server) {
    return true;
  }

  /** Runs once against {@code server} and returns what it measured. */
  List<Result> run(BenchServer server, Context context) throws IOException, InterruptedException;

  /** Every workload, in the order a run goes through them. */
  static List<Workload> all() {
    return List.of(
        new LoginWorkload(),
        new IdleWorkload(),
        new ChatWorkload(),
        new PresenceWorkload(),
        new MucWorkload());
  }

  /**
   * What a workload needs besides the server.
   *
   * @param sizes how big and long
   * @param tls the clients' TLS context (trusting the run's CA)
   * @param run the run's number, from 0 (room names differ per run)
   */
  record Context(Sizes sizes, SSLContext tls, int run) {

    /** How clients log in: STARTTLS required, SCRAM-SHA-1, 20 s per step. */
    ClientSettings client(BenchServer server) {
      return client(server.c2s());
    }

    /** How clients of the server at {@code c2s} log in. */
    ClientSettings client(Endpoint c2s) {
      return new ClientSettings(
          c2s, TlsPolicy.REQUIRED, tls, "SCRAM-SHA-1", "load", Duration.ofSeconds(20));
    }

    /** Accounts {@code load<first>} .. of {@code c2s}'s domain. */
    Side side(Endpoint c2s, int first, int count) {
      return new Side(client(c2s), new Accounts(c2s.domain(), "load", first, count, PASSWORD));
    }

    /** Accounts {@code load<first>} .. of the benchmark domain. */
    Side side(BenchServer server, int first, int count) {
      return new Side(
          client(server), new Accounts(ServerSetup.DOMAIN, "load", first, count, PASSWORD));
    }

    /** A load run: {@code rate} 0 for the closed loop (32 in flight per sender). */
    RunSettings runSettings(double rate) {
      return new RunSettings(
          rate, sizes.warmup(), sizes.duration(), Duration.ofSeconds(10), 32, 100, 16);
    }
  }
}

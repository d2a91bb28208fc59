package dev.parley.bench.compare;

import dev.parley.bench.selftest.EchoEndpoint;
import dev.parley.testkit.pki.IssuedCertificate;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code compare --self-test}: the login and chat workloads against the in-process {@link
 * EchoEndpoint}, which costs next to nothing per stanza, so their rates are what the tool itself
 * can drive (its ceiling). The endpoint's event loop is pinned to the servers' core and the tool
 * keeps its own, as in a comparison; the endpoint still shares the tool's JVM (its GC and JIT), so
 * the ceiling is a lower bound.
 */
record SelfTest(IssuedCertificate certificate, Workload.Context context, int serverCore) {
  private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);

  /** The endpoint's loopback address (the servers use 127.0.0.81 to .83). */
  static final String ADDRESS = "127.0.0.89";

  /** Runs login then chat against a fresh endpoint and prints and returns what they measured. */
  List<Result> run(PrintWriter out) throws IOException, InterruptedException {
    List<Result> results = new ArrayList<>();
    try (EchoEndpoint echo =
        EchoEndpoint.start(ServerSetup.DOMAIN, ADDRESS, certificate, Workload.PASSWORD, 4096)) {
      try {
        echo.pinTo(serverCore);
      } catch (IOException e) {
        LOG.warn("echo endpoint not pinned, it shares the tool's core: {}", e.getMessage());
      }
      results.addAll(new LoginWorkload().run(echo, context));
      results.addAll(new ChatWorkload().run(echo, context));
    }
    for (Result result : results) {
      out.printf(
          Locale.ROOT,
          "self-test %-40s %12.2f  lost %d  errors %d%n",
          result.metric(),
          result.value(),
          result.lost(),
          result.errors());
    }
    out.flush();
    return results;
  }
}

package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Trust;
import dev.parley.testkit.pki.TestCa;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-test end to end: the tool's real clients log in to the in-process echo endpoint over
 * STARTTLS and SCRAM-SHA-1 and exchange messages through it, losing nothing.
 */
class SelfTestIT {
  @Test
  void loginAndChatRunAgainstTheEchoEndpoint(@TempDir Path dir) throws Exception {
    TestCa ca = TestCa.create("Self-test IT CA");
    Path caPem = ca.writeCaTo(dir.resolve("ca.pem"));
    Workload.Context context =
        new Workload.Context(TinySizes.TINY, Trust.context(Optional.of(caPem)), 0);
    StringWriter printed = new StringWriter();
    List<Result> results =
        new SelfTest(ca.issue(ServerSetup.DOMAIN), context, 0).run(new PrintWriter(printed));
    assertThat(results)
        .extracting(Result::metric)
        .containsExactly(
            "login/s", "chat msg/s (max)", "chat p99 ms at 200 msg/s", "chat p99 ms at 400 msg/s");
    assertThat(results).allSatisfy(r -> assertThat(r.lost()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.errors()).as(r.metric()).isZero());
    assertThat(results).allSatisfy(r -> assertThat(r.value()).as(r.metric()).isPositive());
    assertThat(printed.toString()).contains("self-test login/s");
  }
}

package dev.parley.ext.time;

import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.server.Addressing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeFeatureTest {

  @Test
  void answersUtcAndOffsetInXep0082Form() {
    TestFeatureContext context = new TestFeatureContext();
    Clock clock =
        Clock.fixed(Instant.parse("2026-01-15T10:20:30.123456Z"), ZoneId.of("America/Denver"));
    new TimeFeature(clock).register(context);

    String time =
        payload(
                context.dispatch(
                    host(
                        "<iq type='get' id='t1' from='juliet@example.com/balcony' to='example.com'>"
                            + "<time xmlns='urn:xmpp:time'/></iq>",
                        Optional.empty()),
                    Addressing.HOST))
            .toString();

    assertThat(time)
        .isEqualTo(
            "<time xmlns=\"urn:xmpp:time\"><tzo>-07:00</tzo>"
                + "<utc>2026-01-15T10:20:30.123Z</utc></time>");
    assertThat(context.serverFeatures).containsExactly("urn:xmpp:time");
  }
}

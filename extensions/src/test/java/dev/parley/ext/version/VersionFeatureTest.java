package dev.parley.ext.version;

import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.DomainJid;
import dev.parley.server.Addressing;
import dev.parley.server.ServerInfo;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionFeatureTest {
  private static final ServerInfo INFO =
      new ServerInfo("Parley", "1.2.3", "node1", Set.of(DomainJid.of("example.com")));
  private static final String REQUEST =
      "<iq type='get' id='v1' from='juliet@example.com/balcony' to='example.com'>"
          + "<query xmlns='jabber:iq:version'/></iq>";

  @Test
  void answersNameVersionAndOs() {
    TestFeatureContext context = new TestFeatureContext();
    new VersionFeature(INFO, "Linux").register(context);

    assertThat(
            payload(context.dispatch(host(REQUEST, Optional.empty()), Addressing.HOST)).toString())
        .isEqualTo(
            "<query xmlns=\"jabber:iq:version\"><name>Parley</name><version>1.2.3</version>"
                + "<os>Linux</os></query>");
    assertThat(context.serverFeatures).containsExactly("jabber:iq:version");
  }

  @Test
  void leavesOutAnEmptyOs() {
    TestFeatureContext context = new TestFeatureContext();
    new VersionFeature(INFO, "").register(context);

    assertThat(
            payload(context.dispatch(host(REQUEST, Optional.empty()), Addressing.HOST)).toString())
        .doesNotContain("<os>");
  }

  @Test
  void defaultsToTheJvmOperatingSystem() {
    TestFeatureContext context = new TestFeatureContext();
    new VersionFeature(INFO).register(context);

    assertThat(
            payload(context.dispatch(host(REQUEST, Optional.empty()), Addressing.HOST)).toString())
        .contains("<os>" + System.getProperty("os.name") + "</os>");
  }
}

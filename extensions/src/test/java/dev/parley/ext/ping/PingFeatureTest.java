package dev.parley.ext.ping;

import static dev.parley.ext.testing.Requests.account;
import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.server.Addressing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PingFeatureTest {
  private final TestFeatureContext context = new TestFeatureContext();

  @Test
  void answersPingsToTheServerAndToAccounts() {
    new PingFeature().register(context);

    String toServer =
        reply(
                context.dispatch(
                    host(
                        "<iq type='get' id='p1' from='juliet@example.com/balcony' to='example.com'>"
                            + "<ping xmlns='urn:xmpp:ping'/></iq>",
                        Optional.empty()),
                    Addressing.HOST))
            .element()
            .toString();
    String toAccount =
        reply(
                context.dispatch(
                    account(
                        "<iq type='get' id='p2' from='romeo@example.com/x' to='juliet@example.com'>"
                            + "<ping xmlns='urn:xmpp:ping'/></iq>",
                        "juliet@example.com",
                        Optional.empty()),
                    Addressing.ACCOUNT))
            .element()
            .toString();

    assertThat(toServer)
        .isEqualTo(
            "<iq xmlns=\"jabber:client\" type=\"result\" id=\"p1\" from=\"example.com\""
                + " to=\"juliet@example.com/balcony\"/>");
    assertThat(toAccount).contains("type=\"result\"", "id=\"p2\"", "from=\"juliet@example.com\"");
    assertThat(context.serverFeatures).containsExactly("urn:xmpp:ping");
    assertThat(context.accountFeatures).containsExactly("urn:xmpp:ping");
  }
}

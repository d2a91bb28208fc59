package dev.parley.ext;

import static dev.parley.ext.testing.Requests.host;
import static dev.parley.ext.testing.Requests.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ext.testing.FakeRouteDirectory;
import dev.parley.ext.testing.InMemoryAccounts;
import dev.parley.ext.testing.InMemoryBlockListStore;
import dev.parley.ext.testing.InMemoryPayloadStore;
import dev.parley.ext.testing.InMemoryRosterStore;
import dev.parley.ext.testing.TestFeatureContext;
import dev.parley.protocol.DomainJid;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.ServerInfo;
import dev.parley.store.Stores;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardFeaturesTest {

  @Test
  void everyFeatureRegistersOnceAndDiscoListsThemAll() {
    InMemoryAccounts accounts = new InMemoryAccounts();
    Stores stores =
        new Stores(
            accounts,
            new InMemoryRosterStore(),
            null,
            new InMemoryPayloadStore(),
            new InMemoryBlockListStore(),
            null);
    ServerInfo info = new ServerInfo("Parley", "1.0", "n1", Set.of(DomainJid.of("example.com")));
    List<Feature> features =
        StandardFeatures.create(
            info, stores, accounts, new FakeRouteDirectory(), ExtensionSettings.DEFAULTS);
    TestFeatureContext context = new TestFeatureContext();

    features.forEach(f -> f.register(context));
    String disco =
        payload(
                context.dispatch(
                    host(
                        "<iq type='get' id='d' from='a@example.com/x' to='example.com'>"
                            + "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
                        Optional.empty()),
                    Addressing.HOST))
            .toString();

    assertThat(features).extracting(Feature::name).doesNotHaveDuplicates().hasSize(10);
    assertThat(context.serverFeatures)
        .containsExactlyInAnyOrder(
            "urn:xmpp:ping",
            "jabber:iq:version",
            "urn:xmpp:time",
            "vcard-temp",
            "urn:xmpp:blocking",
            "urn:xmpp:carbons:2",
            "jabber:iq:register",
            "http://jabber.org/protocol/commands",
            "http://jabber.org/protocol/disco#info",
            "http://jabber.org/protocol/disco#items");
    assertThat(context.accountFeatures)
        .containsExactlyInAnyOrder(
            "urn:xmpp:ping",
            "vcard-temp",
            "jabber:iq:private",
            "http://jabber.org/protocol/disco#info",
            "http://jabber.org/protocol/disco#items");
    for (String var : context.serverFeatures) {
      assertThat(disco).contains("<feature var=\"" + var + "\"/>");
    }
    assertThat(StandardFeatures.registerFeature(features).registrationOpen()).isFalse();
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new ExtensionSettings(false, 10, 65536, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExtensionSettings(false, 65536, 65536, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ExtensionSettings.DEFAULTS.withRegistrationOpen(true).registrationOpen()).isTrue();
  }
}

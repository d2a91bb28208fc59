package dev.parley.ext;

import dev.parley.ext.adhoc.AdHocFeature;
import dev.parley.ext.adhoc.AdminCommands;
import dev.parley.ext.blocking.BlockingFeature;
import dev.parley.ext.blocking.CachingBlockListStore;
import dev.parley.ext.carbons.CarbonsFeature;
import dev.parley.ext.disco.DiscoFeature;
import dev.parley.ext.disco.DiscoItem;
import dev.parley.ext.ping.PingFeature;
import dev.parley.ext.privatexml.PrivateXmlFeature;
import dev.parley.ext.register.RegisterFeature;
import dev.parley.ext.time.TimeFeature;
import dev.parley.ext.vcard.VcardFeature;
import dev.parley.ext.version.VersionFeature;
import dev.parley.server.AccountService;
import dev.parley.server.Feature;
import dev.parley.server.RouteDirectory;
import dev.parley.server.ServerInfo;
import dev.parley.store.Stores;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds every standard extension from its collaborators, so that the composition root makes one
 * call. Disco comes last in the list: it reads the other features' disco vars at request time, so
 * order does not change its answers, but registering it last keeps logs in a readable order.
 */
public final class StandardFeatures {
  private StandardFeatures() {}

  /** All standard features, with no disco#items on the server yet. */
  public static List<Feature> create(
      ServerInfo info,
      Stores stores,
      AccountService accounts,
      RouteDirectory sessions,
      ExtensionSettings settings) {
    return create(info, stores, accounts, sessions, settings, List::of);
  }

  /**
   * All standard features.
   *
   * @param hostItems the server's disco#items (for example chat services), read at request time
   */
  public static List<Feature> create(
      ServerInfo info,
      Stores stores,
      AccountService accounts,
      RouteDirectory sessions,
      ExtensionSettings settings,
      Supplier<List<DiscoItem>> hostItems) {
    AdHocFeature adHoc =
        new AdHocFeature(
            AdminCommands.create(info, accounts, stores.users(), sessions),
            accounts,
            Clock.systemUTC(),
            settings.commandTimeout());
    return List.of(
        new PingFeature(),
        new VersionFeature(info),
        new TimeFeature(Clock.systemDefaultZone()),
        new VcardFeature(stores.payloads(), settings.vcardMaxBytes()),
        new PrivateXmlFeature(stores.payloads(), settings.privateMaxBytes()),
        new BlockingFeature(
            new CachingBlockListStore(stores.blockLists()), stores.rosters(), sessions),
        new CarbonsFeature(sessions),
        new RegisterFeature(accounts, settings.registrationOpen()),
        adHoc,
        new DiscoFeature(info, List.of(), hostItems, List.of(adHoc.discoNode())));
  }

  /** The {@link RegisterFeature} among {@code features}, for the c2s pre-authentication path. */
  public static RegisterFeature registerFeature(List<Feature> features) {
    for (Feature feature : features) {
      if (feature instanceof RegisterFeature register) {
        return register;
      }
    }
    throw new IllegalArgumentException("no register feature in the list");
  }
}

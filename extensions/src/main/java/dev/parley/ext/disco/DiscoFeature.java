package dev.parley.ext.disco;

import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.DiscoIdentity;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.server.ServerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * XEP-0030 Service Discovery for the server and its accounts.
 *
 * <p>disco#info of the server answers identity {@code server/im} plus every feature registered with
 * {@link FeatureContext#serverFeature}, read at request time so that features registered after this
 * one are listed too. disco#info of an account answers {@code account/registered} plus the account
 * features, but only to the account itself and to other local users: remote entities get {@code
 * service-unavailable}, the answer RFC 6121 §8.5.1 gives for an account that does not want to be
 * probed, so that federation peers cannot enumerate accounts. Nodes are answered by {@link
 * DiscoNodeProvider}s; an unknown node is {@code item-not-found} (XEP-0030 §3.3).
 */
public final class DiscoFeature implements Feature {
  /** The disco#info namespace. */
  public static final String INFO = "http://jabber.org/protocol/disco#info";

  /** The disco#items namespace. */
  public static final String ITEMS = "http://jabber.org/protocol/disco#items";

  private static final DiscoIdentity ACCOUNT_IDENTITY =
      new DiscoIdentity("account", "registered", null);

  private final ServerInfo info;
  private final List<DiscoIdentity> extraIdentities;
  private final Supplier<List<DiscoItem>> hostItems;
  private final List<DiscoNodeProvider> nodes;
  private volatile FeatureContext context;

  /**
   * @param info the server's name and hosted domains
   * @param extraIdentities identities advertised beside {@code server/im}
   * @param hostItems the server's disco#items (chat services...), read at request time
   * @param nodes providers for the server's disco nodes
   */
  public DiscoFeature(
      ServerInfo info,
      List<DiscoIdentity> extraIdentities,
      Supplier<List<DiscoItem>> hostItems,
      List<DiscoNodeProvider> nodes) {
    this.info = info;
    this.extraIdentities = List.copyOf(extraIdentities);
    this.hostItems = hostItems;
    this.nodes = List.copyOf(nodes);
  }

  /** A server with no extra identities, no items and no nodes. */
  public DiscoFeature(ServerInfo info) {
    this(info, List.of(), List::of, List.of());
  }

  @Override
  public String name() {
    return "disco";
  }

  @Override
  public void register(FeatureContext featureContext) {
    this.context = featureContext;
    featureContext.serverFeature(INFO);
    featureContext.serverFeature(ITEMS);
    featureContext.accountFeature(INFO);
    featureContext.accountFeature(ITEMS);
    featureContext.iqHandler(new IqKey(IqType.GET, "query", INFO, Addressing.HOST), this::hostInfo);
    featureContext.iqHandler(
        new IqKey(IqType.GET, "query", ITEMS, Addressing.HOST), this::hostItems);
    featureContext.iqHandler(
        new IqKey(IqType.GET, "query", INFO, Addressing.ACCOUNT), this::accountInfo);
    featureContext.iqHandler(
        new IqKey(IqType.GET, "query", ITEMS, Addressing.ACCOUNT), this::accountItems);
  }

  private Outcome hostInfo(IqRequest request) {
    Optional<String> node = node(request.payload());
    if (node.isPresent()) {
      for (DiscoNodeProvider provider : nodes) {
        Optional<DiscoInfo> answer = provider.info(entity(request), node.get(), request.sender());
        if (answer.isPresent()) {
          return Outcome.reply(request.iq().result(answer.get().toQuery(node)));
        }
      }
      return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such node");
    }
    List<DiscoIdentity> identities = new ArrayList<>();
    identities.add(new DiscoIdentity("server", "im", info.name()));
    identities.addAll(extraIdentities);
    DiscoInfo answer = new DiscoInfo(identities, features().serverFeatures());
    return Outcome.reply(request.iq().result(answer.toQuery(Optional.empty())));
  }

  private Outcome hostItems(IqRequest request) {
    Optional<String> node = node(request.payload());
    List<DiscoItem> items;
    if (node.isEmpty()) {
      items = hostItems.get();
    } else {
      Optional<List<DiscoItem>> answer = Optional.empty();
      for (DiscoNodeProvider provider : nodes) {
        answer = provider.items(entity(request), node.get(), request.sender());
        if (answer.isPresent()) {
          break;
        }
      }
      if (answer.isEmpty()) {
        return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such node");
      }
      items = answer.get();
    }
    return Outcome.reply(request.iq().result(itemsQuery(node, items)));
  }

  private Outcome accountInfo(IqRequest request) {
    if (!mayDiscoverAccount(request)) {
      return Outcome.fail(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    }
    if (node(request.payload()).isPresent()) {
      return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such node");
    }
    DiscoInfo answer = new DiscoInfo(List.of(ACCOUNT_IDENTITY), features().accountFeatures());
    return Outcome.reply(request.iq().result(answer.toQuery(Optional.empty())));
  }

  private Outcome accountItems(IqRequest request) {
    if (!mayDiscoverAccount(request)) {
      return Outcome.fail(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    }
    if (node(request.payload()).isPresent()) {
      return Outcome.fail(StanzaErrorCondition.ITEM_NOT_FOUND, "no such node");
    }
    return Outcome.reply(request.iq().result(itemsQuery(Optional.empty(), List.of())));
  }

  /** The account itself or any user of a domain hosted here (a documented simplification). */
  private boolean mayDiscoverAccount(IqRequest request) {
    Jid sender = request.sender();
    return request.fromTargetAccount()
        || (sender.local().isPresent() && info.hosts(sender.domain()));
  }

  private FeatureContext features() {
    FeatureContext current = context;
    if (current == null) {
      throw new IllegalStateException("disco answered before it was registered");
    }
    return current;
  }

  private static Element itemsQuery(Optional<String> node, List<DiscoItem> items) {
    Element.Builder query = Element.builder("query", ITEMS).attribute("node", node);
    for (DiscoItem item : items) {
      query.child(item.toElement());
    }
    return query.build();
  }

  private static Jid entity(IqRequest request) {
    return request.iq().to().orElseGet(() -> request.sender().domainJid());
  }

  private static Optional<String> node(Element payload) {
    return payload.attribute("node").filter(n -> !n.isEmpty());
  }
}

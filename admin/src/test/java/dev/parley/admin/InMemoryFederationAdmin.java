package dev.parley.admin;

import dev.parley.admin.model.FederationNodeView;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.admin.model.ServiceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FederationAdmin} over plain fields that keeps the seed's rules, so that the HTTP and CLI
 * tests check real behaviour: federation is off by default on every node; the certificate and SASL
 * settings exist only with TLS Optional or TLS Required (on by default when TLS is chosen); a
 * settings change marks the Router and the federation service "restart pending"; turning federation
 * on or off on a node marks the Router on every node; the federation service cannot start while
 * federation is off; restarting the Router restarts every service of the node. Shared with the cli
 * module's tests through the test jar.
 */
public final class InMemoryFederationAdmin implements FederationAdmin {

  public static final String ROUTER = "router";
  public static final String FEDERATION = "federation";

  private final String localNode;
  private final Map<String, NodeServices> nodes = new LinkedHashMap<>();
  private final Map<String, ServerStreamView> streams = new LinkedHashMap<>();
  private FederationSettingsState settings = FederationSettingsState.initial();
  private boolean settingsPending;

  /** Nodes of the cluster, the first being the one this admin API runs on. */
  public InMemoryFederationAdmin(String localNode, String... otherNodes) {
    this.localNode = localNode;
    nodes.put(localNode, new NodeServices());
    for (String other : otherNodes) {
      nodes.put(other, new NodeServices());
    }
  }

  /** The stored dialback secret, which the API never shows; for assertions. */
  public synchronized String dialbackSecret() {
    return settings.dialbackSecret();
  }

  /** Adds a live server stream, as the federation service would. */
  public synchronized void open(ServerStreamView stream) {
    streams.put(stream.id(), stream);
  }

  /** Whether a service of a node is running; for assertions. */
  public synchronized boolean running(String node, String service) {
    NodeServices state = node(node);
    return service.equals(ROUTER) || state.federationRunning;
  }

  @Override
  public synchronized FederationSettingsView settings() {
    return settings.view(settingsPending);
  }

  @Override
  public synchronized FederationSettingsView update(FederationSettingsUpdate update) {
    FederationSettingsState changed = settings.apply(update);
    if (!changed.equals(settings)) {
      settings = changed;
      settingsPending = true;
      // The settings are cluster-wide: every node running federation, and this node's Router,
      // must restart to use them (seed: "restart these services").
      nodes.forEach(
          (name, state) -> {
            if (name.equals(localNode) || state.enabled) {
              state.routerPending = true;
              state.federationPending |= state.enabled;
            }
          });
    }
    return settings();
  }

  @Override
  public synchronized List<FederationNodeView> nodes() {
    List<FederationNodeView> views = new ArrayList<>();
    nodes.forEach((name, state) -> views.add(nodeView(name, state)));
    return views;
  }

  @Override
  public synchronized FederationNodeView setEnabled(String node, boolean enabled) {
    NodeServices state = node(node);
    if (state.enabled != enabled) {
      state.enabled = enabled;
      state.federationPending = true;
      // Seed: enabling or disabling federation on a node needs a Router restart on all nodes.
      nodes.values().forEach(other -> other.routerPending = true);
    }
    return nodeView(node, state);
  }

  @Override
  public synchronized List<ServiceView> services() {
    List<ServiceView> views = new ArrayList<>();
    nodes.forEach(
        (name, state) -> {
          views.add(new ServiceView(ROUTER, name, "running", state.routerPending, null));
          views.add(
              new ServiceView(
                  FEDERATION,
                  name,
                  state.federationRunning ? "running" : "stopped",
                  state.federationPending,
                  state.enabled ? null : "XMPP federation is off on " + name));
        });
    return views;
  }

  @Override
  public synchronized ServiceView restart(String service) {
    NodeServices state = node(localNode);
    switch (service) {
      case ROUTER -> {
        // Restarting the Router restarts every service of the node (seed).
        state.routerPending = false;
        state.federationPending = false;
        state.federationRunning = state.enabled;
        settingsPending = false;
      }
      case FEDERATION -> {
        if (!state.enabled) {
          throw new IllegalStateException(
              "the federation service cannot start: XMPP federation is off on " + localNode);
        }
        state.federationPending = false;
        state.federationRunning = true;
        settingsPending = false;
      }
      default -> throw new IllegalArgumentException("no service " + service);
    }
    return services().stream()
        .filter(view -> view.name().equals(service) && view.node().equals(localNode))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public synchronized List<ServerStreamView> sessions() {
    return List.copyOf(streams.values());
  }

  @Override
  public synchronized boolean closeSession(String id) {
    return streams.remove(id) != null;
  }

  private NodeServices node(String node) {
    return Optional.ofNullable(nodes.get(node))
        .orElseThrow(() -> new IllegalArgumentException("no node " + node));
  }

  private static FederationNodeView nodeView(String name, NodeServices state) {
    return new FederationNodeView(
        name,
        state.enabled,
        state.federationRunning ? "running" : "stopped",
        state.federationRunning ? List.of("0.0.0.0:5269") : List.of());
  }

  /** One node's federation switch and service states; federation is off by default (seed). */
  private static final class NodeServices {
    boolean enabled;
    boolean federationRunning;
    boolean routerPending;
    boolean federationPending;
  }
}

package dev.parley.node;

import dev.parley.admin.FederationAdmin;
import dev.parley.admin.model.FederationNodeView;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.admin.model.ServiceView;
import dev.parley.federation.FederationService;
import dev.parley.federation.FederationSettings;
import dev.parley.federation.SecurityMode;
import dev.parley.federation.ServerStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The admin API's view of federation on this node, backed by {@link FederationLifecycle}. */
final class NodeFederationAdmin implements FederationAdmin {
  private final String node;
  private final FederationLifecycle lifecycle;

  NodeFederationAdmin(String node, FederationLifecycle lifecycle) {
    this.node = node;
    this.lifecycle = lifecycle;
  }

  @Override
  public FederationSettingsView settings() {
    FederationSettings s = lifecycle.repository().settings().orElseThrow();
    return new FederationSettingsView(
        s.securityMode().name(),
        s.requireValidCertificates(),
        s.saslExternalIncoming(),
        s.saslExternalOutbound(),
        !s.dialbackSecret().isEmpty(),
        s.pinnedCertificates(),
        lifecycle.routerRestartPending() || lifecycle.federationRestartPending());
  }

  @Override
  public FederationSettingsView update(FederationSettingsUpdate update) {
    FederationSettings current = lifecycle.repository().settings().orElseThrow();
    SecurityMode mode =
        Optional.ofNullable(update.securityMode())
            .map(m -> parseMode(m))
            .orElse(current.securityMode());
    boolean modeChangedToTls = !current.securityMode().usesTls() && mode.usesTls();
    // Seed: the certificate setting turns on by default when TLS Optional or Required is chosen.
    boolean strict =
        choose(
            update.requireValidCertificates(),
            modeChangedToTls || current.requireValidCertificates(),
            mode);
    boolean saslIn =
        choose(
            update.saslExternalIncoming(),
            modeChangedToTls || current.saslExternalIncoming(),
            mode);
    boolean saslOut =
        choose(
            update.saslExternalOutbound(),
            modeChangedToTls || current.saslExternalOutbound(),
            mode);
    Map<String, String> pins = new HashMap<>(current.pinnedCertificates());
    if (update.pinnedCertificates() != null) {
      pins = new HashMap<>(update.pinnedCertificates());
    }
    FederationSettings next =
        new FederationSettings(
            mode,
            strict,
            saslIn,
            saslOut,
            Optional.ofNullable(update.dialbackSecret()).orElse(current.dialbackSecret()),
            pins);
    lifecycle.repository().save(next);
    return settings();
  }

  /**
   * An explicit value is kept as given (so that setting one under No TLS is refused by the settings
   * record); an absent one follows the mode: off under No TLS.
   */
  private static boolean choose(Boolean explicit, boolean fallback, SecurityMode mode) {
    if (explicit != null) {
      return explicit;
    }
    return mode.usesTls() && fallback;
  }

  private static SecurityMode parseMode(String text) {
    try {
      return SecurityMode.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown security mode '" + text + "': use NO_TLS, TLS_OPTIONAL or TLS_REQUIRED");
    }
  }

  @Override
  public List<FederationNodeView> nodes() {
    return List.of(nodeView());
  }

  private FederationNodeView nodeView() {
    Optional<FederationService> running = lifecycle.running();
    return new FederationNodeView(
        node,
        lifecycle.repository().enabled(node),
        running.isPresent() ? "running" : "stopped",
        running
            .map(s -> s.addresses().stream().map(NodeFederationAdmin::address).toList())
            .orElse(List.of()));
  }

  private static String address(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }

  @Override
  public FederationNodeView setEnabled(String target, boolean enabled) {
    if (!node.equals(target)) {
      throw new IllegalArgumentException(
          "unknown node '" + target + "' (this cluster has: " + node + ")");
    }
    lifecycle.repository().enabled(target, enabled);
    return nodeView();
  }

  @Override
  public List<ServiceView> services() {
    boolean enabled = lifecycle.repository().enabled(node);
    return List.of(
        new ServiceView(
            "router",
            node,
            "running",
            lifecycle.routerRestartPending(),
            "restarting it restarts every service of the node"),
        new ServiceView(
            "federation",
            node,
            lifecycle.running().isPresent() ? "running" : "stopped",
            lifecycle.federationRestartPending(),
            enabled
                ? "XMPP Federation Connection Manager"
                : "cannot start: XMPP federation is off on this node"));
  }

  @Override
  public ServiceView restart(String service) {
    switch (service.toLowerCase(Locale.ROOT)) {
      case "router" -> lifecycle.restartRouter();
      case "federation" -> lifecycle.restartFederation();
      default ->
          throw new IllegalArgumentException(
              "unknown service '" + service + "': use router or federation");
    }
    return services().stream()
        .filter(s -> s.name().equals(service.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public List<ServerStreamView> sessions() {
    return lifecycle.streams().snapshots().stream().map(NodeFederationAdmin::view).toList();
  }

  private static ServerStreamView view(ServerStream.Snapshot s) {
    return new ServerStreamView(
        s.id(),
        s.direction().name().toLowerCase(Locale.ROOT),
        s.localDomain(),
        s.remoteDomain(),
        s.node(),
        s.tls().orElse("none"),
        s.certificateSubject().orElse(""),
        s.certificateIssuer().orElse(""),
        s.certificateExpiry().map(Object::toString).orElse(""),
        s.certificateVerdict(),
        s.authentication(),
        s.since().toString(),
        s.stanzasIn(),
        s.stanzasOut(),
        s.queued());
  }

  @Override
  public boolean closeSession(String id) {
    Optional<ServerStream> stream = lifecycle.streams().find(id);
    stream.ifPresent(ServerStream::close);
    return stream.isPresent();
  }
}

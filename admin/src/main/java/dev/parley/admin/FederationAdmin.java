package dev.parley.admin;

import dev.parley.admin.model.FederationNodeView;
import dev.parley.admin.model.FederationSettingsUpdate;
import dev.parley.admin.model.FederationSettingsView;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.admin.model.ServiceView;
import java.util.List;

/**
 * What the admin API can do with federation and the node's services; implemented by the composition
 * root. Invalid input throws {@link IllegalArgumentException} with a message for the administrator
 * (HTTP 400); an operation the current state forbids, such as starting the federation service while
 * federation is off, throws {@link IllegalStateException} (HTTP 409).
 */
public interface FederationAdmin {

  FederationSettingsView settings();

  /** Validates and stores a change; the services get "restart pending". */
  FederationSettingsView update(FederationSettingsUpdate update);

  List<FederationNodeView> nodes();

  /** Turns federation on or off for a node; the Router of every node gets "restart pending". */
  FederationNodeView setEnabled(String node, boolean enabled);

  List<ServiceView> services();

  /** Restarts a service of this node ("router" or "federation"), applying pending changes. */
  ServiceView restart(String service);

  List<ServerStreamView> sessions();

  /** Closes a server stream; false when there is no such stream. */
  boolean closeSession(String id);
}

package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.admin.model.FederationNodeView;
import dev.parley.admin.model.FederationSettingsView;
import dev.parley.admin.model.ServerStreamView;
import dev.parley.admin.model.ServiceView;
import java.util.List;

/** The JSON types of the federation and service resources' responses, for Jackson. */
final class FederationPayloads {

  static final TypeReference<FederationSettingsView> SETTINGS = new TypeReference<>() {};
  static final TypeReference<FederationNodeView> NODE = new TypeReference<>() {};
  static final TypeReference<List<FederationNodeView>> NODES = new TypeReference<>() {};
  static final TypeReference<ServiceView> SERVICE = new TypeReference<>() {};
  static final TypeReference<List<ServiceView>> SERVICES = new TypeReference<>() {};
  static final TypeReference<List<ServerStreamView>> STREAMS = new TypeReference<>() {};

  private FederationPayloads() {}
}

package dev.parley.admin.model;

import java.util.List;

/** Whether federation is on for a node, and where its federation service listens. */
public record FederationNodeView(
    String node, boolean enabled, String serviceStatus, List<String> listeners) {}

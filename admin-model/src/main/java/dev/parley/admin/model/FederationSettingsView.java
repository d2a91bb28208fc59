package dev.parley.admin.model;

import java.util.Map;

/**
 * The stored XMPP federation settings (the seed's Settings page). The dialback secret is never
 * shown, only whether one is set. {@code restartPending} is true when the stored settings differ
 * from those the running services use.
 */
public record FederationSettingsView(
    String securityMode,
    boolean requireValidCertificates,
    boolean saslExternalIncoming,
    boolean saslExternalOutbound,
    boolean dialbackSecretSet,
    Map<String, String> pinnedCertificates,
    boolean restartPending) {}

package dev.parley.admin.model;

import java.util.Map;

/**
 * A change to the federation settings; a null field keeps its stored value. {@code securityMode} is
 * NO_TLS, TLS_OPTIONAL or TLS_REQUIRED.
 */
public record FederationSettingsUpdate(
    String securityMode,
    Boolean requireValidCertificates,
    Boolean saslExternalIncoming,
    Boolean saslExternalOutbound,
    String dialbackSecret,
    Map<String, String> pinnedCertificates) {}

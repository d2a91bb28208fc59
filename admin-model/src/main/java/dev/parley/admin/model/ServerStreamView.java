package dev.parley.admin.model;

/** One live server-to-server stream, for {@code parley federation sessions}. */
public record ServerStreamView(
    String id,
    String direction,
    String localDomain,
    String remoteDomain,
    String node,
    String tls,
    String certificateSubject,
    String certificateIssuer,
    String certificateExpiry,
    String certificateVerdict,
    String authentication,
    String since,
    long stanzasIn,
    long stanzasOut,
    int queued) {}

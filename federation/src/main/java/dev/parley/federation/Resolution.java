package dev.parley.federation;

import java.util.List;

/** The result of looking up where a remote domain's XMPP server is. */
public sealed interface Resolution {

  /** Endpoints to try in order (RFC 2782 priority and weight already applied). */
  record Found(List<RemoteEndpoint> endpoints) implements Resolution {
    public Found {
      endpoints = List.copyOf(endpoints);
      if (endpoints.isEmpty()) {
        throw new IllegalArgumentException("Found needs at least one endpoint");
      }
    }
  }

  /**
   * No endpoint. {@code reason} is a stable code such as {@code dns-nxdomain}, {@code dns-timeout},
   * {@code dns-servfail} or {@code dns-no-service} (the domain publishes "." as SRV target: no XMPP
   * service); {@code text} explains it to a person.
   */
  record Failed(String reason, String text) implements Resolution {}
}

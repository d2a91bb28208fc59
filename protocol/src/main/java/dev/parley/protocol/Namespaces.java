package dev.parley.protocol;

/** Namespace URIs of the core protocol (RFC 6120, RFC 6121) and common extensions. */
public final class Namespaces {
  public static final String CLIENT = "jabber:client";
  public static final String SERVER = "jabber:server";
  public static final String STREAM = "http://etherx.jabber.org/streams";
  public static final String STREAMS_ERRORS = "urn:ietf:params:xml:ns:xmpp-streams";
  public static final String STANZAS_ERRORS = "urn:ietf:params:xml:ns:xmpp-stanzas";
  public static final String TLS = "urn:ietf:params:xml:ns:xmpp-tls";
  public static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
  public static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";
  public static final String SESSION = "urn:ietf:params:xml:ns:xmpp-session";
  public static final String ROSTER = "jabber:iq:roster";
  public static final String ROSTER_VERSIONING = "urn:xmpp:features:rosterver";
  public static final String PRE_APPROVAL = "urn:xmpp:features:pre-approval";
  public static final String STREAM_MANAGEMENT = "urn:xmpp:sm:3";
  public static final String DELAY = "urn:xmpp:delay";
  public static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** Parley's own namespace for machine-readable error details (application-specific). */
  public static final String PARLEY_ERRORS = "urn:parley:errors:0";

  private Namespaces() {}
}

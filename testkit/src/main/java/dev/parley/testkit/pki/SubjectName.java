package dev.parley.testkit.pki;

/**
 * One subject alternative name of a test leaf: the identifier types RFC 6125 and RFC 7590 define
 * for XMPP servers.
 */
public sealed interface SubjectName {

  /** A dNSName, such as {@code example.com} or {@code *.example.com} (RFC 6125 DNS-ID). */
  record Dns(String name) implements SubjectName {}

  /**
   * An otherName of type id-on-dnsSRV (RFC 4985, OID 1.3.6.1.5.5.7.8.7) as an IA5String, such as
   * {@code _xmpp-server.example.com} (RFC 6125 SRV-ID).
   */
  record SrvId(String name) implements SubjectName {}

  /**
   * An otherName of type id-on-xmppAddr (RFC 6120 §13.7.1.4, OID 1.3.6.1.5.5.7.8.5) as a
   * UTF8String, such as the domain JID {@code example.com}.
   */
  record XmppAddr(String jid) implements SubjectName {}

  /** A uniformResourceIdentifier, such as {@code xmpp:example.com} (RFC 6125 URI-ID). */
  record Uri(String uri) implements SubjectName {}

  static SubjectName dns(String name) {
    return new Dns(name);
  }

  /** The SRV-ID for XMPP server-to-server: {@code _xmpp-server.<domain>}. */
  static SubjectName xmppServerSrv(String domain) {
    return new SrvId("_xmpp-server." + domain);
  }

  static SubjectName xmppAddr(String jid) {
    return new XmppAddr(jid);
  }
}

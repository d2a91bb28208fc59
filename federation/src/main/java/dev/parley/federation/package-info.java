/**
 * The federation connection manager (the seed's "XMPP Federation Connection Manager"): settings and
 * their validation, DNS SRV discovery (RFC 2782, XEP-0368), peer certificate validation (RFC 6125),
 * inbound and outbound server streams negotiated in ordered steps (STARTTLS, SASL EXTERNAL per
 * XEP-0178, dialback per XEP-0220/0185/0344) and per-domain outbound queues.
 */
package dev.parley.federation;

package dev.parley.server;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Iq;

/**
 * Account creation before authentication (XEP-0077 §3.1), offered on client streams only while an
 * operator has opened registration.
 */
public interface InBandRegistration {

  /** Whether new accounts may be created in-band. */
  boolean registrationOpen();

  /** Answers a registration get (the form) or set (create the account) for {@code domain}. */
  Outcome registerNewAccount(Iq iq, DomainJid domain);
}

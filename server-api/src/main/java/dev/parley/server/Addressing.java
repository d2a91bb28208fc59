package dev.parley.server;

/** How an IQ request is addressed, the typed form of Prosody's host/bare event names. */
public enum Addressing {
  /** To a hosted domain itself, for example ping or disco of the server. */
  HOST,
  /** To a local account's bare JID, or without 'to' from that account's own session. */
  ACCOUNT
}

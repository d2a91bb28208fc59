package dev.parley.muc;

/** The muc#user status codes Parley sends, with the XEP-0045 §15.6 meaning of each. */
final class StatusCodes {
  /** Any occupant may see the user's real JID (self-presence on entering a non-anonymous room). */
  static final int NON_ANONYMOUS = 100;

  /** Room configuration changed in a way that does not touch privacy. */
  static final int CONFIG_CHANGED = 104;

  /** The presence refers to the receiving occupant. */
  static final int SELF = 110;

  /** The room is logged. */
  static final int LOGGING_ON = 170;

  /** The room is no longer logged. */
  static final int LOGGING_OFF = 171;

  /** The room is now non-anonymous. */
  static final int NOW_NON_ANONYMOUS = 172;

  /** The room is now semi-anonymous. */
  static final int NOW_SEMI_ANONYMOUS = 173;

  /** A new room was created. */
  static final int CREATED = 201;

  /** The service assigned or changed the user's nickname. */
  static final int NICK_ASSIGNED = 210;

  /** The user was banned. */
  static final int BANNED = 301;

  /** The user's nickname changed (unavailable presence from the old nickname). */
  static final int NICK_CHANGED = 303;

  /** The user was kicked. */
  static final int KICKED = 307;

  /** Removed because of an affiliation change. */
  static final int AFFILIATION_REMOVED = 321;

  /** Removed because the room became members-only. */
  static final int MEMBERS_ONLY_REMOVED = 322;

  /** Removed because the service is shutting down. */
  static final int SHUTDOWN = 332;

  /** Removed because of an error (its server is gone or a stanza to it bounced). */
  static final int REMOVED_BY_ERROR = 333;

  private StatusCodes() {}
}

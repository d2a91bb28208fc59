package dev.parley.muc;

/** Namespaces the chat service speaks (XEP-0045 §19, XEP-0030, XEP-0004, XEP-0199, XEP-0077). */
final class MucNs {
  static final String MUC = "http://jabber.org/protocol/muc";
  static final String USER = MUC + "#user";
  static final String ADMIN = MUC + "#admin";
  static final String OWNER = MUC + "#owner";
  static final String ROOMCONFIG = MUC + "#roomconfig";
  static final String ROOMINFO = MUC + "#roominfo";
  static final String REGISTER_FORM = MUC + "#register";
  static final String DISCO_INFO = "http://jabber.org/protocol/disco#info";
  static final String DISCO_ITEMS = "http://jabber.org/protocol/disco#items";
  static final String DATA = "jabber:x:data";
  static final String PING = "urn:xmpp:ping";
  static final String REGISTER = "jabber:iq:register";
  static final String DELAY = "urn:xmpp:delay";

  /** The disco#info node that asks a room for the requester's registered nickname (§7.12). */
  static final String ROOMUSER_NODE = "x-roomuser-item";

  private MucNs() {}
}

package dev.parley.ext.carbons;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;

/**
 * Which messages are copied (XEP-0280 §6, the suggested rules) and how a copy is wrapped (§7, §8,
 * XEP-0297).
 */
final class CarbonRules {
  static final String NAMESPACE = "urn:xmpp:carbons:2";
  static final String FORWARD = "urn:xmpp:forward:0";
  static final String HINTS = "urn:xmpp:hints";
  static final String MUC_USER = "http://jabber.org/protocol/muc#user";

  private CarbonRules() {}

  /**
   * Chat messages, and normal messages with a body, are eligible; a message marked {@code
   * <private/>} (§9) or {@code <no-copy/>} (XEP-0334), a message from a MUC room or participant,
   * and a message that is itself a carbon are not (copying a copy would loop).
   */
  static boolean eligible(Message message) {
    boolean instantMessage =
        message.type() == MessageType.CHAT
            || (message.type() == MessageType.NORMAL && message.body().isPresent());
    if (!instantMessage) {
      return false;
    }
    Element element = message.element();
    return element.child("private", NAMESPACE).isEmpty()
        && element.child("no-copy", HINTS).isEmpty()
        && element.child("x", MUC_USER).isEmpty()
        && element.child("sent", NAMESPACE).isEmpty()
        && element.child("received", NAMESPACE).isEmpty();
  }

  /**
   * A copy from the user's bare JID to one of their resources, keeping the original's type, with
   * {@code direction} ({@code sent} or {@code received}) around the forwarded original.
   */
  static Message wrap(String direction, Message original, BareJid user, FullJid resource) {
    Element forwarded = Element.builder("forwarded", FORWARD).child(original.element()).build();
    Element wrapper =
        Element.builder(Message.NAME, Namespaces.CLIENT)
            .attribute("from", user.toString())
            .attribute("to", resource.toString())
            .attribute("type", original.type().xmlValue())
            .child(Element.builder(direction, NAMESPACE).child(forwarded).build())
            .build();
    return (Message) Stanza.parse(wrapper);
  }
}

package dev.parley.federation;

import dev.parley.protocol.Element;

/** Namespaces and elements of server-to-server streams. */
final class ServerNamespaces {
  static final String DIALBACK = "jabber:server:dialback";
  static final String DIALBACK_FEATURE = "urn:xmpp:features:dialback";
  static final String BIDI = "urn:xmpp:bidi";

  private ServerNamespaces() {}

  static Element dialbackFeature() {
    return Element.builder("dialback", DIALBACK_FEATURE).child("errors", DIALBACK_FEATURE).build();
  }

  static Element result(String from, String to, String key) {
    return Element.builder("result", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .text(key)
        .build();
  }

  static Element resultAnswer(String from, String to, boolean valid) {
    return Element.builder("result", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .attribute("type", valid ? "valid" : "invalid")
        .build();
  }

  static Element verify(String from, String to, String id, String key) {
    return Element.builder("verify", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .attribute("id", id)
        .text(key)
        .build();
  }

  static Element verifyAnswer(String from, String to, String id, boolean valid) {
    return Element.builder("verify", DIALBACK)
        .attribute("from", from)
        .attribute("to", to)
        .attribute("id", id)
        .attribute("type", valid ? "valid" : "invalid")
        .build();
  }
}

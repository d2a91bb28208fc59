package dev.parley.c2s;

import dev.parley.auth.SaslContext;
import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import java.util.List;

/** The {@code <stream:features/>} a client sees at each step (RFC 6120 §4.3.2). */
final class StreamFeatures {
  private StreamFeatures() {}

  static Element before(ClientConnection connection) {
    Element.Builder features = Element.builder("features", Namespaces.STREAM);
    C2sSettings settings = connection.context.settings();
    if (!connection.encrypted) {
      Element.Builder starttls = Element.builder("starttls", Namespaces.TLS);
      if (settings.tlsRequired()) {
        starttls.child("required", Namespaces.TLS);
      }
      features.child(starttls.build());
      if (settings.tlsRequired()) {
        return features.build();
      }
    }
    Element.Builder mechanisms = Element.builder("mechanisms", Namespaces.SASL);
    List<String> offered =
        connection.context.sasl().offered(new SaslContext(connection.domain, connection.encrypted));
    for (String name : offered) {
      mechanisms.textChild("mechanism", Namespaces.SASL, name);
    }
    features.child(mechanisms.build());
    if (connection.context.registration().map(r -> r.registrationOpen()).orElse(false)) {
      features.child("register", "http://jabber.org/features/iq-register");
    }
    return features.build();
  }

  static Element afterAuthentication(ClientConnection connection) {
    Element.Builder features = Element.builder("features", Namespaces.STREAM);
    features.child("bind", Namespaces.BIND);
    // RFC 6121 leaves session establishment optional; old clients still send it.
    features.child(
        Element.builder("session", Namespaces.SESSION)
            .child("optional", Namespaces.SESSION)
            .build());
    features.child("sm", Namespaces.STREAM_MANAGEMENT);
    features.children(connection.context.streamFeatures().get());
    return features.build();
  }
}

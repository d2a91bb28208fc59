package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;

/**
 * The stream features an inbound server stream offers, by security mode and negotiation progress
 * (RFC 6120 §4.3.2, §5.3.1, §6.3.1; XEP-0178; XEP-0220 §2.1; XEP-0198).
 */
final class InboundFeatures {
  private InboundFeatures() {}

  /**
   * @param bidi offer bidirectional streams (XEP-0288)
   * @param encrypted TLS is up on the stream
   * @param saslDone SASL EXTERNAL succeeded and the stream restarted
   * @param certificateAcceptable the peer's certificate may be used for SASL EXTERNAL
   */
  static Element of(
      FederationSettings settings,
      boolean bidi,
      boolean encrypted,
      boolean saslDone,
      boolean certificateAcceptable) {
    Element.Builder features = Element.builder("features", Namespaces.STREAM);
    SecurityMode mode = settings.securityMode();
    if (saslDone) {
      // XEP-0198 §2: offered on the authenticated, restarted stream. A dialback stream has no
      // restart; there <enable/> is simply accepted once the stream is authenticated.
      return features.child(Element.of("sm", Namespaces.STREAM_MANAGEMENT)).build();
    }
    if (!encrypted && mode.usesTls()) {
      Element.Builder starttls = Element.builder("starttls", Namespaces.TLS);
      if (mode == SecurityMode.TLS_REQUIRED) {
        starttls.child("required", Namespaces.TLS);
      }
      features.child(starttls.build());
      if (mode == SecurityMode.TLS_REQUIRED) {
        return features.build();
      }
    }
    if (encrypted && settings.saslExternalIncoming() && certificateAcceptable) {
      features.child(
          Element.builder("mechanisms", Namespaces.SASL)
              .textChild("mechanism", Namespaces.SASL, "EXTERNAL")
              .build());
    }
    features.child(ServerNamespaces.dialbackFeature());
    if (bidi) {
      // XEP-0288 §2: offered before authentication (here after TLS when TLS is required).
      features.child(Element.of("bidi", ServerNamespaces.BIDI_FEATURE));
    }
    return features.build();
  }
}

package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import java.util.Optional;

/**
 * XEP-0198 on an inbound server stream, without resumption: {@code <enable/>} is accepted once the
 * stream is authenticated, and {@code <r/>} is answered with the count of stanzas accepted for
 * routing. With a bidirectional stream (XEP-0288) the stanzas we send back are not tracked: the
 * peer did not enable acks for that direction.
 */
final class InboundStreamManagement {
  private StreamAcks acks;

  /** A stanza was accepted for routing, in order (XEP-0198 §4). */
  void handled() {
    if (acks != null) {
      acks.inboundHandled();
    }
  }

  /** The answer to an element of the sm namespace, if any. */
  Optional<Element> answer(Element element, boolean authenticated) {
    return switch (element.name()) {
      case "enable" -> {
        if (!authenticated || acks != null) {
          yield Optional.of(
              Element.builder("failed", Namespaces.STREAM_MANAGEMENT)
                  .child("unexpected-request", Namespaces.STANZAS_ERRORS)
                  .build());
        }
        acks = new StreamAcks();
        yield Optional.of(Element.of("enabled", Namespaces.STREAM_MANAGEMENT));
      }
      case "r" ->
          Optional.ofNullable(acks)
              .map(
                  a ->
                      Element.builder("a", Namespaces.STREAM_MANAGEMENT)
                          .attribute("h", Long.toString(a.handledInbound()))
                          .build());
      // Acks for stanzas we send back on a bidi stream are not requested: nothing to do.
      default -> Optional.empty();
    };
  }
}

package dev.parley.protocol;

import java.util.Optional;

/**
 * A stanza error (RFC 6120 §8.3): condition, type, optional human-readable text and an optional
 * application-specific child such as Parley's machine-readable reason.
 */
public record StanzaError(
    ErrorType type,
    StanzaErrorCondition condition,
    Optional<String> text,
    Optional<Element> applicationCondition) {

  public static StanzaError of(StanzaErrorCondition condition) {
    return new StanzaError(condition.defaultType(), condition, Optional.empty(), Optional.empty());
  }

  public static StanzaError of(StanzaErrorCondition condition, String text) {
    return new StanzaError(condition.defaultType(), condition, Optional.of(text), Optional.empty());
  }

  /** Adds Parley's machine-readable reason, for example {@code dns-nxdomain}. */
  public StanzaError withReason(String reason) {
    return new StanzaError(
        type, condition, text, Optional.of(Element.of(reason, Namespaces.PARLEY_ERRORS)));
  }

  public Element toElement() {
    Element.Builder error = Element.builder("error", Namespaces.CLIENT);
    error.attribute("type", type.xmlValue());
    error.child(condition.elementName(), Namespaces.STANZAS_ERRORS);
    text.ifPresent(
        t ->
            error.child(
                Element.builder("text", Namespaces.STANZAS_ERRORS)
                    .attribute("xml:lang", "en")
                    .text(t)
                    .build()));
    applicationCondition.ifPresent(error::child);
    return error.build();
  }

  /** Reads the error child of an error stanza, when it names a known condition. */
  public static Optional<StanzaError> from(Element stanza) {
    return stanza
        .child("error", stanza.namespace())
        .flatMap(
            error ->
                error.childIn(Namespaces.STANZAS_ERRORS).flatMap(c -> readCondition(error, c)));
  }

  private static Optional<StanzaError> readCondition(Element error, Element conditionElement) {
    return StanzaErrorCondition.fromElementName(conditionElement.name())
        .map(
            condition ->
                new StanzaError(
                    error
                        .attribute("type")
                        .flatMap(StanzaError::errorType)
                        .orElse(condition.defaultType()),
                    condition,
                    error.childText("text", Namespaces.STANZAS_ERRORS),
                    Optional.empty()));
  }

  private static Optional<ErrorType> errorType(String value) {
    for (ErrorType type : ErrorType.values()) {
      if (type.xmlValue().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

package dev.parley.protocol;

import java.util.Optional;

/** A stream error (RFC 6120 §4.9): sent, then the stream is closed. */
public record StreamError(StreamErrorCondition condition, Optional<String> text) {

  public static StreamError of(StreamErrorCondition condition) {
    return new StreamError(condition, Optional.empty());
  }

  public static StreamError of(StreamErrorCondition condition, String text) {
    return new StreamError(condition, Optional.of(text));
  }

  public Element toElement() {
    Element.Builder error = Element.builder("error", Namespaces.STREAM);
    error.child(condition.elementName(), Namespaces.STREAMS_ERRORS);
    text.ifPresent(
        t ->
            error.child(
                Element.builder("text", Namespaces.STREAMS_ERRORS)
                    .attribute("xml:lang", "en")
                    .text(t)
                    .build()));
    return error.build();
  }

  @Override
  public String toString() {
    return condition.elementName() + text.map(t -> " (" + t + ")").orElse("");
  }
}

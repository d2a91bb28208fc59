package dev.parley.federation;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import java.util.Optional;

/**
 * The answer to a {@code <db:result/>} or {@code <db:verify/>} (XEP-0220 §2.1.3, §2.3.3): valid,
 * invalid, or an error with one of the XEP's conditions (§2.4), such as {@code item-not-found} for
 * a receiving domain that is not served there or {@code remote-connection-failed} when the
 * authoritative server could not be reached.
 */
sealed interface DialbackVerdict {

  /** The key is right. */
  record Valid() implements DialbackVerdict {}

  /** The key is wrong. */
  record Invalid() implements DialbackVerdict {}

  /**
   * Dialback could not be carried out.
   *
   * @param condition an RFC 6120 defined condition name, such as {@code item-not-found}
   * @param type the error type: {@code cancel}, {@code wait}, {@code modify} or {@code auth}
   */
  record Error(String condition, String type) implements DialbackVerdict {
    /** The error type XEP-0220 §2.4 gives each condition: only a timeout is worth retrying. */
    static Error of(String condition) {
      return new Error(
          condition,
          switch (condition) {
            case "remote-server-timeout" -> "wait";
            case "policy-violation" -> "modify";
            case "not-authorized" -> "auth";
            default -> "cancel";
          });
    }
  }

  static DialbackVerdict of(boolean valid) {
    return valid ? new Valid() : new Invalid();
  }

  /** The {@code type} attribute of the answer. */
  default String typeAttribute() {
    return switch (this) {
      case Valid v -> "valid";
      case Invalid i -> "invalid";
      case Error e -> "error";
    };
  }

  /** Reads a peer's answer; an answer with an unknown type counts as invalid. */
  static DialbackVerdict read(Element answer) {
    return switch (answer.attribute("type").orElse("")) {
      case "valid" -> new Valid();
      case "error" -> Error.of(condition(answer).orElse("undefined-condition"));
      default -> new Invalid();
    };
  }

  /** The defined condition inside the answer's {@code <error/>} child, if any. */
  private static Optional<String> condition(Element answer) {
    return answer.elements().stream()
        .filter(child -> "error".equals(child.name()))
        .flatMap(error -> error.elements().stream())
        .filter(condition -> Namespaces.STANZAS_ERRORS.equals(condition.namespace()))
        .filter(condition -> !"text".equals(condition.name()))
        .map(Element::name)
        .findFirst();
  }

  /** The {@code <error/>} child of an error answer (XEP-0220 §2.4 examples). */
  static Optional<Element> errorChild(DialbackVerdict verdict) {
    if (verdict instanceof Error error) {
      return Optional.of(
          Element.builder("error", Namespaces.SERVER)
              .attribute("type", error.type())
              .child(error.condition(), Namespaces.STANZAS_ERRORS)
              .build());
    }
    return Optional.empty();
  }
}

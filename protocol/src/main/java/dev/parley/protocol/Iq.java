package dev.parley.protocol;

import java.util.List;
import java.util.Optional;

/** An IQ stanza (RFC 6120 §8.2.3); requests carry exactly one payload child. */
public record Iq(Element element, Optional<Jid> from, Optional<Jid> to, String iqId, IqType type)
    implements Stanza {

  public static final String NAME = "iq";

  @Override
  public Optional<String> id() {
    return Optional.of(iqId);
  }

  /** The request payload, the one child element of a get or set. */
  public Optional<Element> payload() {
    List<Element> children = element.elements();
    return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
  }

  /** A new request. */
  public static Iq request(IqType type, String id, Optional<Jid> from, Jid to, Element payload) {
    Element.Builder builder =
        Element.builder(NAME, Namespaces.CLIENT).attribute("type", type.xmlValue());
    builder.attribute("id", id);
    from.ifPresent(f -> builder.attribute("from", f.toString()));
    builder.attribute("to", to.toString()).child(payload);
    return new Iq(builder.build(), from, Optional.of(to), id, type);
  }

  /** The result answering this request, from its recipient back to its sender. */
  public Iq result(Optional<Element> payload) {
    Element.Builder builder =
        Element.builder(NAME, Namespaces.CLIENT)
            .attribute("type", IqType.RESULT.xmlValue())
            .attribute("id", iqId);
    to.ifPresent(t -> builder.attribute("from", t.toString()));
    from.ifPresent(f -> builder.attribute("to", f.toString()));
    payload.ifPresent(builder::child);
    return new Iq(builder.build(), to, from, iqId, IqType.RESULT);
  }

  public Iq result(Element payload) {
    return result(Optional.of(payload));
  }

  public Iq emptyResult() {
    return result(Optional.empty());
  }

  @Override
  public Iq withAddresses(Optional<Jid> newFrom, Optional<Jid> newTo) {
    return new Iq(StanzaParser.addressed(element, newFrom, newTo), newFrom, newTo, iqId, type);
  }

  @Override
  public boolean isError() {
    return type == IqType.ERROR;
  }
}

package dev.parley.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable XML element. Attribute keys are local names; the one namespaced attribute XMPP uses,
 * {@code xml:lang}, keeps its prefix. Every element carries its namespace URI, so no prefix
 * bookkeeping leaks into the model.
 */
public record Element(
    String name, String namespace, Map<String, String> attributes, List<Node> children)
    implements Node {

  public Element {
    if (name == null || name.isEmpty() || namespace == null) {
      throw new IllegalArgumentException("an element needs a name and a namespace");
    }
    attributes = Attributes.of(attributes);
    children = normalized(children);
  }

  /**
   * Merges adjacent text nodes and drops empty ones. The XML infoset has no such distinction, and
   * the stream reader receives text in pieces that depend on where reads happened to split, so
   * without this the same XML could give unequal elements.
   */
  private static List<Node> normalized(List<Node> children) {
    boolean clean = true;
    Node previous = null;
    for (Node child : children) {
      if (child instanceof Text t && (t.value().isEmpty() || previous instanceof Text)) {
        clean = false;
        break;
      }
      previous = child;
    }
    if (clean) {
      return List.copyOf(children);
    }
    List<Node> result = new ArrayList<>(children.size());
    StringBuilder pending = new StringBuilder();
    for (Node child : children) {
      if (child instanceof Text t) {
        pending.append(t.value());
        continue;
      }
      if (!pending.isEmpty()) {
        result.add(new Text(pending.toString()));
        pending.setLength(0);
      }
      result.add(child);
    }
    if (!pending.isEmpty()) {
      result.add(new Text(pending.toString()));
    }
    return List.copyOf(result);
  }

  public static Element of(String name, String namespace) {
    return new Element(name, namespace, Map.of(), List.of());
  }

  public static Builder builder(String name, String namespace) {
    return new Builder(name, namespace);
  }

  public Builder toBuilder() {
    Builder builder = new Builder(name, namespace);
    attributes.forEach(builder::attribute);
    builder.children.addAll(children);
    return builder;
  }

  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /** This element with one attribute set, or removed when {@code value} is empty. */
  public Element withAttribute(String key, Optional<String> value) {
    Attributes current = (Attributes) attributes;
    return new Element(
        name,
        namespace,
        value.isPresent() ? current.with(key, value.get()) : current.without(key),
        children);
  }

  public Element withAttribute(String key, String value) {
    return withAttribute(key, Optional.of(value));
  }

  public Element withChildren(List<? extends Node> newChildren) {
    return new Element(name, namespace, attributes, new ArrayList<>(newChildren));
  }

  /** The child elements only, in document order. */
  public List<Element> elements() {
    List<Element> result = new ArrayList<>(children.size());
    for (Node child : children) {
      if (child instanceof Element element) {
        result.add(element);
      }
    }
    return result;
  }

  public Optional<Element> child(String childName, String childNamespace) {
    for (Node child : children) {
      if (child instanceof Element e
          && e.name.equals(childName)
          && e.namespace.equals(childNamespace)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The first child element in the given namespace, whatever its name. */
  public Optional<Element> childIn(String childNamespace) {
    for (Node child : children) {
      if (child instanceof Element e && e.namespace.equals(childNamespace)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public boolean is(String elementName, String elementNamespace) {
    return name.equals(elementName) && namespace.equals(elementNamespace);
  }

  /** The concatenated character data directly inside this element. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Node child : children) {
      if (child instanceof Text t) {
        text.append(t.value());
      }
    }
    return text.toString();
  }

  public Optional<String> childText(String childName, String childNamespace) {
    return child(childName, childNamespace).map(Element::text);
  }

  /** The canonical serialization, for logs and tests; streams use {@link XmlWriter}. */
  @Override
  public String toString() {
    return XmlWriter.toXml(this);
  }

  /** Collects attributes and children; the only mutable part of the model. */
  public static final class Builder {
    private final String name;
    private final String namespace;
    private final Attributes.Draft attributes = new Attributes.Draft();
    private final List<Node> children = new ArrayList<>();

    private Builder(String name, String namespace) {
      this.name = name;
      this.namespace = namespace;
    }

    public Builder attribute(String key, String value) {
      attributes.put(key, value);
      return this;
    }

    public Builder attribute(String key, Optional<String> value) {
      value.ifPresent(v -> attributes.put(key, v));
      return this;
    }

    public Builder child(Node child) {
      children.add(child);
      return this;
    }

    public Builder children(List<? extends Node> more) {
      children.addAll(more);
      return this;
    }

    /** Adds an empty child element. */
    public Builder child(String childName, String childNamespace) {
      return child(Element.of(childName, childNamespace));
    }

    /** Adds a child element holding only text. */
    public Builder textChild(String childName, String childNamespace, String text) {
      return child(Element.builder(childName, childNamespace).text(text).build());
    }

    public Builder text(String text) {
      children.add(new Text(text));
      return this;
    }

    public Element build() {
      return new Element(name, namespace, attributes.freeze(), children);
    }
  }
}

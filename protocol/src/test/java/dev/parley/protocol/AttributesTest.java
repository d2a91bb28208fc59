package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The element attribute map: order, updates, equality with ordinary maps, immutability. */
class AttributesTest {
  private static Element message() {
    return Element.builder("message", Namespaces.CLIENT)
        .attribute("to", "bob@example.com")
        .attribute("type", "chat")
        .attribute("id", "m1")
        .build();
  }

  @Test
  void keepsInsertionOrderAndReplacesInPlace() {
    Element stamped = message().withAttribute("type", "normal").withAttribute("from", "a@b");

    assertThat(List.copyOf(stamped.attributes().keySet()))
        .containsExactly("to", "type", "id", "from");
    assertThat(stamped.attribute("type")).contains("normal");
    assertThat(stamped.toString())
        .isEqualTo(
            "<message xmlns=\"jabber:client\" to=\"bob@example.com\" type=\"normal\""
                + " id=\"m1\" from=\"a@b\"/>");
  }

  @Test
  void removesAnAttributeAndLeavesTheOriginalAlone() {
    Element original = message();
    Element without = original.withAttribute("type", Optional.empty());

    assertThat(without.attributes()).containsOnlyKeys("to", "id");
    assertThat(original.attributes()).containsOnlyKeys("to", "type", "id");
    assertThat(without.withAttribute("absent", Optional.empty())).isEqualTo(without);
  }

  @Test
  void equalsOrdinaryMapsWithTheSameEntriesInAnyOrder() {
    Map<String, String> reversed = new LinkedHashMap<>();
    reversed.put("id", "m1");
    reversed.put("type", "chat");
    reversed.put("to", "bob@example.com");

    assertThat(message().attributes()).isEqualTo(reversed);
    assertThat(reversed).isEqualTo(message().attributes());
    assertThat(message().attributes().hashCode()).isEqualTo(reversed.hashCode());
    assertThat(message()).isEqualTo(new Element("message", Namespaces.CLIENT, reversed, List.of()));
  }

  @Test
  void cannotBeChanged() {
    assertThatThrownBy(() -> message().attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> message().attributes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anElementBuiltFromAnotherSharesItsAttributes() {
    Element original = message();
    Element copy = new Element("message", Namespaces.CLIENT, original.attributes(), List.of());

    assertThat(copy.attributes()).isSameAs(original.attributes());
  }
}

package dev.parley.muc;

import dev.parley.protocol.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing XEP-0004 data forms, the little the chat service needs. */
final class DataForms {
  private DataForms() {}

  /** A new form of {@code type} ("form", "result") with its hidden FORM_TYPE field. */
  static Element.Builder form(String type, String formType) {
    return Element.builder("x", MucNs.DATA)
        .attribute("type", type)
        .child(field("FORM_TYPE", "hidden", "", List.of(formType)));
  }

  static Element field(String var, String type, String label, List<String> values) {
    Element.Builder field = Element.builder("field", MucNs.DATA).attribute("var", var);
    if (!type.isEmpty()) {
      field.attribute("type", type);
    }
    if (!label.isEmpty()) {
      field.attribute("label", label);
    }
    for (String value : values) {
      field.textChild("value", MucNs.DATA, value);
    }
    return field.build();
  }

  static Element field(String var, String type, String label, String value) {
    return field(var, type, label, List.of(value));
  }

  static Element bool(String var, String label, boolean value) {
    return field(var, "boolean", label, value ? "1" : "0");
  }

  /** A list field with its options. */
  static Element list(
      String var, String type, String label, List<String> values, List<String> options) {
    Element.Builder field = field(var, type, label, values).toBuilder();
    for (String option : options) {
      field.child(
          Element.builder("option", MucNs.DATA)
              .attribute("label", option)
              .textChild("value", MucNs.DATA, option)
              .build());
    }
    return field.build();
  }

  /** The submitted values by field name, in document order. */
  static Map<String, List<String>> values(Element form) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element field : form.elements()) {
      if (!field.is("field", MucNs.DATA) || field.attribute("var").isEmpty()) {
        continue;
      }
      List<String> fieldValues = new ArrayList<>();
      for (Element value : field.elements()) {
        if (value.is("value", MucNs.DATA)) {
          fieldValues.add(value.text());
        }
      }
      values.put(field.attribute("var").get(), fieldValues);
    }
    return values;
  }
}

package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted XEP-0004 data form: its type and the values of each field, in document order.
 *
 * @param type the form type, normally {@code submit}
 * @param values the values of each field by {@code var}
 */
public record DataForm(String type, Map<String, List<String>> values) {
  /** The data forms namespace. */
  public static final String NAMESPACE = "jabber:x:data";

  public DataForm {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
  }

  /** Reads the first data form child of {@code parent}, if any. */
  public static Optional<DataForm> from(Element parent) {
    return parent.child("x", NAMESPACE).map(DataForm::parse);
  }

  private static DataForm parse(Element x) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element field : x.elements()) {
      if (!field.is("field", NAMESPACE) || field.attribute("var").isEmpty()) {
        continue;
      }
      List<String> fieldValues = new ArrayList<>();
      for (Element value : field.elements()) {
        if (value.is("value", NAMESPACE)) {
          fieldValues.add(value.text());
        }
      }
      values.put(field.attribute("var").get(), fieldValues);
    }
    return new DataForm(x.attribute("type").orElse(""), values);
  }

  /** Every non-blank value of a field, trimmed. */
  public List<String> all(String var) {
    List<String> result = new ArrayList<>();
    for (String value : values.getOrDefault(var, List.of())) {
      if (!value.isBlank()) {
        result.add(value.strip());
      }
    }
    return result;
  }

  /** The first non-blank value of a field, trimmed. */
  public Optional<String> first(String var) {
    List<String> all = all(var);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The raw first value, for fields such as passwords where spaces are significant. */
  public Optional<String> raw(String var) {
    List<String> raw = values.getOrDefault(var, List.of());
    return raw.isEmpty() || raw.get(0).isEmpty() ? Optional.empty() : Optional.of(raw.get(0));
  }
}

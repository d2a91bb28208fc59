package dev.parley.ext.adhoc;

import dev.parley.protocol.Element;
import java.util.List;

/** Builds XEP-0004 forms and fields for commands. */
public final class Forms {
  /** The FORM_TYPE of XEP-0133 administration forms. */
  public static final String ADMIN_FORM_TYPE = "http://jabber.org/protocol/admin";

  private Forms() {}

  /** A form of type {@code form} with the XEP-0133 FORM_TYPE and the given fields. */
  public static Element form(String title, String instructions, List<Element> fields) {
    return Element.builder("x", DataForm.NAMESPACE)
        .attribute("type", "form")
        .textChild("title", DataForm.NAMESPACE, title)
        .textChild("instructions", DataForm.NAMESPACE, instructions)
        .child(formType())
        .children(fields)
        .build();
  }

  /** A form of type {@code result} with the XEP-0133 FORM_TYPE and the given fields. */
  public static Element result(List<Element> fields) {
    return Element.builder("x", DataForm.NAMESPACE)
        .attribute("type", "result")
        .child(formType())
        .children(fields)
        .build();
  }

  /** An input field; {@code required} adds {@code <required/>}. */
  public static Element field(String var, String type, String label, boolean required) {
    Element.Builder field =
        Element.builder("field", DataForm.NAMESPACE)
            .attribute("var", var)
            .attribute("type", type)
            .attribute("label", label);
    if (required) {
      field.child("required", DataForm.NAMESPACE);
    }
    return field.build();
  }

  /** A field with values, for results. */
  public static Element values(String var, String type, String label, List<String> values) {
    Element.Builder field =
        Element.builder("field", DataForm.NAMESPACE)
            .attribute("var", var)
            .attribute("type", type)
            .attribute("label", label);
    for (String value : values) {
      field.textChild("value", DataForm.NAMESPACE, value);
    }
    return field.build();
  }

  private static Element formType() {
    return Element.builder("field", DataForm.NAMESPACE)
        .attribute("var", "FORM_TYPE")
        .attribute("type", "hidden")
        .textChild("value", DataForm.NAMESPACE, ADMIN_FORM_TYPE)
        .build();
  }
}

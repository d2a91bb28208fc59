package dev.parley.ext.privatexml;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.XmlParsing;
import dev.parley.protocol.XmlWriter;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.store.PayloadStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0049 Private XML Storage. Each stored element is kept under the key {@code
 * private:<name>:<namespace>}. Only the account itself may read or write its storage ({@code
 * forbidden} otherwise); namespaces under {@code jabber:} are reserved and refused with {@code
 * not-acceptable} (§3); a get names exactly one element, and answers it empty when nothing is
 * stored (§2.2); a set may carry several elements and stores each, all or none.
 */
public final class PrivateXmlFeature implements Feature {
  /** The private storage namespace. */
  public static final String NAMESPACE = "jabber:iq:private";

  private static final Logger LOG = LoggerFactory.getLogger(PrivateXmlFeature.class);

  private final PayloadStore payloads;
  private final int maxBytes;

  /**
   * @param payloads where the elements are kept
   * @param maxBytes the largest element accepted, in bytes of serialized UTF-8 XML
   */
  public PrivateXmlFeature(PayloadStore payloads, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("private storage size limit must be positive");
    }
    this.payloads = payloads;
    this.maxBytes = maxBytes;
  }

  /** The store key of one private element. */
  public static String key(String name, String namespace) {
    return "private:" + name + ":" + namespace;
  }

  @Override
  public String name() {
    return "private";
  }

  @Override
  public void register(FeatureContext context) {
    context.accountFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.GET, "query", NAMESPACE, Addressing.ACCOUNT), this::get);
    context.iqHandler(new IqKey(IqType.SET, "query", NAMESPACE, Addressing.ACCOUNT), this::set);
  }

  private Outcome get(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "private storage is the owner's only");
    }
    List<Element> asked = request.payload().elements();
    if (asked.size() != 1) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "name exactly one element to get");
    }
    Element wanted = asked.get(0);
    if (reserved(wanted)) {
      return Outcome.fail(StanzaErrorCondition.NOT_ACCEPTABLE, "jabber:* namespaces are reserved");
    }
    BareJid owner = request.target().orElseThrow();
    Optional<String> stored = payloads.get(owner, key(wanted.name(), wanted.namespace()));
    Element answer = Element.of(wanted.name(), wanted.namespace());
    if (stored.isPresent()) {
      try {
        answer = XmlParsing.parseElement(stored.get());
      } catch (IllegalArgumentException e) {
        LOG.warn("Unreadable private XML of {}: {}", owner, e.getMessage());
        return Outcome.fail(StanzaErrorCondition.INTERNAL_SERVER_ERROR);
      }
    }
    Element query = Element.builder("query", NAMESPACE).child(answer).build();
    return Outcome.reply(request.iq().result(query));
  }

  private Outcome set(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "private storage is the owner's only");
    }
    List<Element> elements = request.payload().elements();
    if (elements.isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "nothing to store");
    }
    List<String> serialized = new ArrayList<>(elements.size());
    for (Element element : elements) {
      if (reserved(element)) {
        return Outcome.fail(
            StanzaErrorCondition.NOT_ACCEPTABLE, "jabber:* namespaces are reserved");
      }
      String xml = XmlWriter.toXml(element);
      if (xml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
        return Outcome.fail(
            StanzaErrorCondition.NOT_ACCEPTABLE, "element larger than " + maxBytes + " bytes");
      }
      serialized.add(xml);
    }
    BareJid owner = request.target().orElseThrow();
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      payloads.put(owner, key(element.name(), element.namespace()), serialized.get(i));
    }
    return Outcome.reply(request.iq().emptyResult());
  }

  private static boolean reserved(Element element) {
    return element.namespace().startsWith("jabber:");
  }
}

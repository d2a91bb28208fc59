package dev.parley.ext.vcard;

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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0054 vcard-temp. Anyone may retrieve a local account's vCard (§3.2: vCards are public), and
 * an account without one answers an empty {@code <vCard/>} (§3.1). Only the account itself may
 * publish (§3.3), otherwise {@code forbidden}; a vCard larger than the configured limit is {@code
 * not-acceptable}. Publishing an empty vCard removes the stored one.
 */
public final class VcardFeature implements Feature {
  /** The vcard-temp namespace. */
  public static final String NAMESPACE = "vcard-temp";

  /** The {@link PayloadStore} key. */
  public static final String KEY = "vcard";

  private static final Logger LOG = LoggerFactory.getLogger(VcardFeature.class);

  private final PayloadStore payloads;
  private final int maxBytes;

  /**
   * @param payloads where vCards are kept, as XML text
   * @param maxBytes the largest vCard accepted, in bytes of serialized UTF-8 XML
   */
  public VcardFeature(PayloadStore payloads, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("vCard size limit must be positive");
    }
    this.payloads = payloads;
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "vcard";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.accountFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.GET, "vCard", NAMESPACE, Addressing.ACCOUNT), this::get);
    context.iqHandler(new IqKey(IqType.SET, "vCard", NAMESPACE, Addressing.ACCOUNT), this::set);
  }

  private Outcome get(IqRequest request) {
    if (request.target().isEmpty()) {
      return Outcome.fail(StanzaErrorCondition.BAD_REQUEST, "no account to read");
    }
    Optional<String> stored = payloads.get(request.target().get(), KEY);
    Element vcard = Element.of("vCard", NAMESPACE);
    if (stored.isPresent()) {
      try {
        vcard = XmlParsing.parseElement(stored.get());
      } catch (IllegalArgumentException e) {
        LOG.warn("Unreadable stored vCard of {}: {}", request.target().get(), e.getMessage());
        return Outcome.fail(StanzaErrorCondition.INTERNAL_SERVER_ERROR);
      }
    }
    return Outcome.reply(request.iq().result(vcard));
  }

  private Outcome set(IqRequest request) {
    if (!request.fromTargetAccount()) {
      return Outcome.fail(StanzaErrorCondition.FORBIDDEN, "only the account may set its vCard");
    }
    Element vcard = request.payload();
    if (vcard.children().isEmpty()) {
      payloads.delete(request.target().orElseThrow(), KEY);
      return Outcome.reply(request.iq().emptyResult());
    }
    String xml = XmlWriter.toXml(vcard);
    if (xml.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      return Outcome.fail(
          StanzaErrorCondition.NOT_ACCEPTABLE, "vCard larger than " + maxBytes + " bytes");
    }
    payloads.put(request.target().orElseThrow(), KEY, xml);
    return Outcome.reply(request.iq().emptyResult());
  }
}

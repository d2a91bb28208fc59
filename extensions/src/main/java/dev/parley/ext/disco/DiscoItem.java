package dev.parley.ext.disco;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import java.util.Optional;

/** One disco#items entry (XEP-0030 §4): an entity, optionally a node on it, with a display name. */
public record DiscoItem(Jid jid, Optional<String> node, Optional<String> name) {

  public static DiscoItem of(Jid jid) {
    return new DiscoItem(jid, Optional.empty(), Optional.empty());
  }

  public static DiscoItem node(Jid jid, String node, String name) {
    return new DiscoItem(jid, Optional.of(node), Optional.of(name));
  }

  /** The {@code <item/>} element in the disco#items namespace. */
  public Element toElement() {
    return Element.builder("item", DiscoFeature.ITEMS)
        .attribute("jid", jid.toString())
        .attribute("node", node)
        .attribute("name", name)
        .build();
  }
}

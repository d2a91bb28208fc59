package dev.parley.ext.disco;

import dev.parley.protocol.Element;
import dev.parley.server.DiscoIdentity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content of a disco#info answer (XEP-0030 §3.1): identities and feature vars.
 *
 * @param identities at least one, in the order they are advertised
 * @param features feature vars; written in sorted order so answers are stable
 */
public record DiscoInfo(List<DiscoIdentity> identities, Set<String> features) {

  public DiscoInfo {
    if (identities.isEmpty()) {
      throw new IllegalArgumentException("XEP-0030 §3.1: an entity has at least one identity");
    }
    identities = List.copyOf(identities);
    features = Set.copyOf(features);
  }

  /** The {@code <query xmlns='...disco#info'/>} element, with {@code node} echoed when given. */
  public Element toQuery(Optional<String> node) {
    Element.Builder query = Element.builder("query", DiscoFeature.INFO).attribute("node", node);
    for (DiscoIdentity identity : identities) {
      query.child(
          Element.builder("identity", DiscoFeature.INFO)
              .attribute("category", identity.category())
              .attribute("type", identity.type())
              .attribute("name", Optional.ofNullable(identity.name()))
              .build());
    }
    for (String feature : new TreeSet<>(features)) {
      query.child(Element.builder("feature", DiscoFeature.INFO).attribute("var", feature).build());
    }
    return query.build();
  }
}

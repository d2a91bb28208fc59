package dev.parley.ext.version;

import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import dev.parley.server.ServerInfo;

/**
 * XEP-0092 Software Version: the server's name, version and operating system. Operators who do not
 * want to reveal the OS can pass an empty {@code os}, and the element is then left out (§3, the
 * element is optional).
 */
public final class VersionFeature implements Feature {
  /** The software version namespace. */
  public static final String NAMESPACE = "jabber:iq:version";

  private final String productName;
  private final String version;
  private final String os;

  /** Reports {@code info}'s name and version and the given operating system name. */
  public VersionFeature(ServerInfo info, String os) {
    this.productName = info.name();
    this.version = info.version();
    this.os = os;
  }

  /** Reports the operating system of this JVM ({@code os.name}). */
  public VersionFeature(ServerInfo info) {
    this(info, System.getProperty("os.name", ""));
  }

  @Override
  public String name() {
    return "version";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.GET, "query", NAMESPACE, Addressing.HOST), this::answer);
  }

  private Outcome answer(IqRequest request) {
    Element.Builder query =
        Element.builder("query", NAMESPACE)
            .textChild("name", NAMESPACE, productName)
            .textChild("version", NAMESPACE, version);
    if (!os.isEmpty()) {
      query.textChild("os", NAMESPACE, os);
    }
    return Outcome.reply(request.iq().result(query.build()));
  }
}

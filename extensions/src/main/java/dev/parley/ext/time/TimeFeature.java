package dev.parley.ext.time;

import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * XEP-0202 Entity Time: the server's UTC time and its offset, both in the XEP-0082 profiles ({@code
 * tzo} as {@code ±hh:mm}, {@code utc} as a DateTime ending in {@code Z}).
 */
public final class TimeFeature implements Feature {
  /** The entity time namespace. */
  public static final String NAMESPACE = "urn:xmpp:time";

  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  private final Clock clock;

  /** Reads the time from {@code clock}, whose zone gives the offset. */
  public TimeFeature(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.GET, "time", NAMESPACE, Addressing.HOST), this::answer);
  }

  private Outcome answer(IqRequest request) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    ZoneOffset offset = clock.getZone().getRules().getOffset(now);
    Element time =
        Element.builder("time", NAMESPACE)
            .textChild("tzo", NAMESPACE, OFFSET.format(offset))
            .textChild("utc", NAMESPACE, DateTimeFormatter.ISO_INSTANT.format(now))
            .build();
    return Outcome.reply(request.iq().result(time));
  }
}

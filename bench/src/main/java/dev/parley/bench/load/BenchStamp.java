package dev.parley.bench.load;

import dev.parley.protocol.Element;
import dev.parley.protocol.XmlWriter;
import java.util.Optional;

/**
 * What the load tool embeds in each message it sends, as {@code <bench xmlns='urn:parley:bench'
 * s='sender' q='sequence' t='nanos'/>}: who sent it, its sequence number in that sender's stream,
 * and the send time on the load tool's monotonic clock ({@link System#nanoTime()}). Senders and
 * receivers live in the same process, so the receiver subtracts {@code t} from its own clock to get
 * the end-to-end latency without any clock synchronisation.
 *
 * @param sender the sender's index in its scenario
 * @param sequence the message's number for that sender, from 0
 * @param sentNanos when it was (or, at a fixed rate, should have been) sent
 */
public record BenchStamp(int sender, long sequence, long sentNanos) {
  /** The namespace of the stamp element (Parley's own, not a registered XEP). */
  public static final String NAMESPACE = "urn:parley:bench";

  /** The stamp's element name. */
  public static final String ELEMENT = "bench";

  /** One chat message carrying this stamp and a body of {@code body} (already escaped or plain). */
  public String toMessage(String to, String body) {
    return toMessage(to, "chat", body);
  }

  /** One message of {@code type} (chat, groupchat) to {@code to}, carrying this stamp. */
  public String toMessage(String to, String type, String body) {
    StringBuilder xml = new StringBuilder(160 + body.length());
    xml.append("<message type='").append(type).append("' to='");
    XmlWriter.escapeAttribute(to, xml);
    xml.append("' id='b").append(sender).append('-').append(sequence).append("'><body>");
    XmlWriter.escapeText(body, xml);
    xml.append("</body>");
    return appendStamp(xml).append("</message>").toString();
  }

  /**
   * A broadcast presence (no {@code to}: RFC 6121 §4.4.2, the server sends it to every contact with
   * a subscription from the sender) with {@code status} as its status text.
   */
  public String toPresence(String status) {
    StringBuilder xml = new StringBuilder(160 + status.length()).append("<presence><status>");
    XmlWriter.escapeText(status, xml);
    xml.append("</status>");
    return appendStamp(xml).append("</presence>").toString();
  }

  private StringBuilder appendStamp(StringBuilder xml) {
    return xml.append('<')
        .append(ELEMENT)
        .append(" xmlns='")
        .append(NAMESPACE)
        .append("' s='")
        .append(sender)
        .append("' q='")
        .append(sequence)
        .append("' t='")
        .append(sentNanos)
        .append("'/>");
  }

  /**
   * The stamp of a received stanza, empty when it has none or a malformed one (then it is not the
   * load tool's, and is not counted).
   */
  public static Optional<BenchStamp> from(Element stanza) {
    return stanza
        .child(ELEMENT, NAMESPACE)
        .flatMap(
            stamp -> {
              try {
                return Optional.of(
                    new BenchStamp(
                        Integer.parseInt(stamp.attribute("s").orElse("")),
                        Long.parseLong(stamp.attribute("q").orElse("")),
                        Long.parseLong(stamp.attribute("t").orElse(""))));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }
}

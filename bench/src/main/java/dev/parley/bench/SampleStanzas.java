package dev.parley.bench;

import java.nio.charset.StandardCharsets;

/**
 * The typical stanzas the benchmarks use, as a client would send them on the wire: a chat message
 * with the usual XEP-0085/0184/0359 extras, an available presence with entity capabilities
 * (XEP-0115) and an avatar hash (XEP-0153), and a roster result with 50 items (RFC 6121 §2.1.4).
 */
public enum SampleStanzas {
  CHAT(
      "<message from='juliet@example.com/balcony' to='romeo@example.net' type='chat'"
          + " id='ktx72v49' xml:lang='en'>"
          + "<body>Art thou not Romeo, and a Montague? Neither, fair saint, if either thee"
          + " dislike.</body>"
          + "<thread>e0ffe42b28561960c6b12b944a092794b9683a38</thread>"
          + "<active xmlns='http://jabber.org/protocol/chatstates'/>"
          + "<request xmlns='urn:xmpp:receipts'/>"
          + "<origin-id xmlns='urn:xmpp:sid:0' id='de305d54-75b4-431b-adb2-eb6b9e546013'/>"
          + "</message>"),
  PRESENCE_CAPS(
      "<presence from='juliet@example.com/balcony' id='pres-1'>"
          + "<show>away</show><status>In the garden</status><priority>5</priority>"
          + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1'"
          + " node='https://conversations.im' ver='QgayPKawpkPSDYmwT/WM94uAlu0='/>"
          + "<x xmlns='vcard-temp:x:update'>"
          + "<photo>01b87fcd030b72895ff8e88db57ec525450f000d</photo></x>"
          + "</presence>"),
  ROSTER_50(roster(50));

  /** The header of the client stream these stanzas arrive on. */
  public static final String STREAM_HEADER =
      "<?xml version='1.0'?><stream:stream from='juliet@example.com' to='example.com'"
          + " version='1.0' xml:lang='en' xmlns='jabber:client'"
          + " xmlns:stream='http://etherx.jabber.org/streams'>";

  private final String xml;

  SampleStanzas(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public byte[] utf8() {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String roster(int items) {
    StringBuilder xml =
        new StringBuilder("<iq to='juliet@example.com/balcony' type='result' id='roster_1'>")
            .append("<query xmlns='jabber:iq:roster' ver='ver14'>");
    String[] groups = {"Friends", "Family", "Work", "Capulets", "Montagues"};
    for (int i = 0; i < items; i++) {
      xml.append("<item jid='contact")
          .append(i)
          .append("@example.net' name='Contact Number ")
          .append(i)
          .append("' subscription='both'><group>")
          .append(groups[i % groups.length])
          .append("</group></item>");
    }
    return xml.append("</query></iq>").toString();
  }
}

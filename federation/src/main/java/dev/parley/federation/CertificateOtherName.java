package dev.parley.federation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A subjectAltName otherName (RFC 5280 §4.2.1.6) with a string value, decoded from the DER bytes
 * {@link java.security.cert.X509Certificate#getSubjectAlternativeNames()} hands out for type 0.
 * Only what XMPP needs is read: the type OID and a UTF8String (XmppAddr) or IA5String (SRV-ID).
 *
 * @param typeId the type-id OID in dotted form
 * @param value the decoded string value
 */
record CertificateOtherName(String typeId, String value) {
  /** RFC 6120 §13.7.1.4 id-on-xmppAddr. */
  static final String XMPP_ADDR = "1.3.6.1.5.5.7.8.5";

  /** RFC 4985 id-on-dnsSRV. */
  static final String SRV_NAME = "1.3.6.1.5.5.7.8.7";

  private static final int SEQUENCE = 0x30;
  private static final int CONTEXT_0 = 0xA0;
  private static final int OID = 0x06;
  private static final int UTF8_STRING = 0x0C;
  private static final int IA5_STRING = 0x16;

  /**
   * Decodes {@code OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }}. The JDK gives
   * the SEQUENCE; some versions give the GeneralName's own {@code [0]} tag instead, so both are
   * read. Anything else (a non-string value, bad DER) is empty: such a name identifies nothing.
   */
  static Optional<CertificateOtherName> decode(byte[] der) {
    try {
      Reader outer = new Reader(der, 0, der.length);
      Reader name = outer.enter(SEQUENCE, CONTEXT_0);
      String oid = oid(name.content(OID));
      Reader explicit = name.enter(CONTEXT_0, CONTEXT_0);
      int tag = explicit.peekTag();
      if (tag != UTF8_STRING && tag != IA5_STRING) {
        return Optional.empty();
      }
      return Optional.of(new CertificateOtherName(oid, explicit.string(tag)));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String oid(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("empty OID");
    }
    StringBuilder text = new StringBuilder();
    long arc = 0;
    boolean first = true;
    for (byte b : bytes) {
      arc = (arc << 7) | (b & 0x7F);
      if ((b & 0x80) == 0) {
        if (first) {
          int top = (int) Math.min(arc / 40, 2);
          text.append(top).append('.').append(arc - 40L * top);
          first = false;
        } else {
          text.append('.').append(arc);
        }
        arc = 0;
      }
    }
    return text.toString();
  }

  /** A cursor over DER TLVs between {@code position} and {@code end}. */
  private static final class Reader {
    private final byte[] der;
    private int position;
    private final int end;

    Reader(byte[] der, int position, int end) {
      this.der = der;
      this.position = position;
      this.end = end;
    }

    int peekTag() {
      return der[position] & 0xFF;
    }

    /** Steps into the next TLV, which must carry one of the two tags. */
    Reader enter(int tag, int otherTag) {
      int actual = peekTag();
      if (actual != tag && actual != otherTag) {
        throw new IllegalArgumentException("unexpected tag " + actual);
      }
      position++;
      int length = length();
      Reader inner = new Reader(der, position, position + length);
      position += length;
      return inner;
    }

    byte[] content(int tag) {
      Reader inner = enter(tag, tag);
      byte[] bytes = new byte[inner.end - inner.position];
      System.arraycopy(der, inner.position, bytes, 0, bytes.length);
      return bytes;
    }

    String string(int tag) {
      byte[] bytes = content(tag);
      return new String(
          bytes, tag == UTF8_STRING ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
    }

    private int length() {
      int first = der[position++] & 0xFF;
      if (first < 0x80) {
        return check(first);
      }
      int octets = first & 0x7F;
      if (octets == 0 || octets > 3) {
        throw new IllegalArgumentException("unsupported DER length");
      }
      int length = 0;
      for (int i = 0; i < octets; i++) {
        length = (length << 8) | (der[position++] & 0xFF);
      }
      return check(length);
    }

    private int check(int length) {
      if (position + length > end) {
        throw new IllegalArgumentException("DER length past the end");
      }
      return length;
    }
  }
}

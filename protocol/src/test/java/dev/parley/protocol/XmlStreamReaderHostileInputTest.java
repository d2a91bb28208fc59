package dev.parley.protocol;

import static dev.parley.protocol.XmlStreamReaderTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input a hostile or broken peer may send, each ending the stream with the exact RFC 6120 §4.9.3
 * condition. Each case is checked fed at once and fed byte by byte.
 */
class XmlStreamReaderHostileInputTest {
  private static final XmlLimits SMALL = new XmlLimits(4096, 16);

  private static StreamErrorCondition errorOf(XmlLimits limits, byte[] bytes) {
    XmlStreamException whole =
        catchThrowableOfType(
            XmlStreamException.class,
            () -> new XmlStreamReader(limits).feed(bytes, 0, bytes.length));
    XmlStreamException pieces =
        catchThrowableOfType(
            XmlStreamException.class,
            () -> XmlStreamReaderTest.feedByteByByte(new XmlStreamReader(limits), bytes));
    assertThat(whole).as("fed at once").isNotNull();
    assertThat(pieces).as("fed byte by byte").isNotNull();
    assertThat(pieces.error().condition()).isEqualTo(whole.error().condition());
    return whole.error().condition();
  }

  private static StreamErrorCondition errorOf(String text) {
    return errorOf(SMALL, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void doctypeIsRestrictedXml() {
    assertThat(errorOf("<?xml version='1.0'?><!DOCTYPE stream:stream>" + HEADER.substring(21)))
        .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void internalSubsetWithEntityDeclarationsIsRestrictedXml() {
    String doc =
        "<!DOCTYPE stream:stream [<!ENTITY name 'value'>]>"
            + HEADER.substring(21)
            + "<message><body>&name;</body></message>";
    assertThat(errorOf(doc)).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void billionLaughsIsRestrictedXmlWithoutExpanding() {
    StringBuilder dtd = new StringBuilder("<?xml version='1.0'?><!DOCTYPE lolz [");
    dtd.append("<!ENTITY lol 'lol'>");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" '").append(previous.repeat(10)).append("'>");
    }
    dtd.append("]><lolz>&lol9;</lolz>");
    assertThat(errorOf(dtd.toString())).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void anUndeclaredEntityReferenceIsRestrictedXml() {
    // RFC 6120 §11.1: entity references other than the five predefined ones are restricted XML.
    assertThat(errorOf(HEADER + "<message><body>&foo;</body></message>"))
        .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void anUndeclaredEntityReferenceInAnAttributeIsRestrictedXml() {
    assertThat(errorOf(HEADER + "<message to='&foo;'/>"))
        .isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!-- hello -->",
        "<message><!-- hidden --></message>",
        "<?target data?>",
        "<message><?target data?></message>"
      })
  void commentsAndProcessingInstructionsAreRestrictedXml(String part) {
    assertThat(errorOf(HEADER + part)).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void aCommentBeforeTheHeaderIsRestrictedXml() {
    assertThat(errorOf("<!-- before -->" + HEADER)).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
  }

  @Test
  void oneOversizedElementIsAPolicyViolation() {
    assertThat(errorOf(HEADER + "<message><body>" + "x".repeat(5000) + "</body></message>"))
        .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void anOversizedStartTagIsAPolicyViolationBeforeItEnds() {
    // The tag never ends, so the limit must be enforced while the parser is still buffering it.
    assertThat(errorOf(HEADER + "<message to='" + "x".repeat(5000)))
        .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void anOversizedHeaderIsAPolicyViolation() {
    assertThat(errorOf("<stream:stream a='" + "x".repeat(5000) + "'"))
        .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void manySmallChildrenAddingUpIsAPolicyViolation() {
    assertThat(errorOf(HEADER + "<message>" + "<x/>".repeat(2000) + "</message>"))
        .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void nestingDeeperThanTheLimitIsAPolicyViolation() {
    assertThat(errorOf(HEADER + "<a>".repeat(17))).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void nestingAtTheLimitIsAccepted() throws XmlStreamException {
    String nested = "<a>".repeat(16) + "</a>".repeat(16);
    assertThat(XmlStreamReaderTest.feedAll(new XmlStreamReader(SMALL), HEADER + nested)).hasSize(2);
  }

  @Test
  void hundredThousandLevelsOfNestingFailCleanly() {
    // Even with generous limits, the reader's explicit stack means no StackOverflowError.
    XmlLimits generous = new XmlLimits(Integer.MAX_VALUE, 1_000_000);
    String deep = HEADER + "<a>".repeat(100_000) + "</a>".repeat(100_000);
    byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);

    XmlStreamReader reader = new XmlStreamReader(generous);
    XmlStreamException error =
        catchThrowableOfType(XmlStreamException.class, () -> reader.feed(bytes, 0, bytes.length));
    assertThat(error).isNull();
    assertThat(
            errorOf(
                XmlLimits.DEFAULT,
                ("" + HEADER + "<a>".repeat(100_000)).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void invalidUtf8IsUnsupportedEncoding() {
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    byte[][] broken = {
      {(byte) 0xC3, (byte) 0x28}, // bad continuation byte
      {(byte) 0xFF},
      {(byte) 0xC0, (byte) 0xAF}, // overlong encoding of '/'
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate
    };
    for (byte[] bad : broken) {
      byte[] start = "<message><body>".getBytes(StandardCharsets.UTF_8);
      byte[] end = "</body></message>".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[header.length + start.length + bad.length + end.length];
      System.arraycopy(header, 0, all, 0, header.length);
      System.arraycopy(start, 0, all, header.length, start.length);
      System.arraycopy(bad, 0, all, header.length + start.length, bad.length);
      System.arraycopy(end, 0, all, header.length + start.length + bad.length, end.length);
      assertThat(errorOf(SMALL, all))
          .as("bytes %s", java.util.Arrays.toString(bad))
          .isEqualTo(StreamErrorCondition.UNSUPPORTED_ENCODING);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"&#1;", "&#x1;", "&#0;", "&#xFFFE;", "\u0001", "\u001F"})
  void charactersXmlForbidsAreNotWellFormed(String bad) {
    assertThat(errorOf(HEADER + "<message><body>" + bad + "</body></message>"))
        .isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
  }

  @Test
  void aForbiddenCharacterInAnAttributeIsNotWellFormed() {
    assertThat(errorOf(HEADER + "<message id='a&#1;'/>"))
        .isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO-8859-1", "UTF-16", "US-ASCII", "EBCDIC"})
  void aNonUtf8DeclarationIsUnsupportedEncoding(String encoding) {
    assertThat(errorOf("<?xml version='1.0' encoding='" + encoding + "'?>" + HEADER.substring(21)))
        .isEqualTo(StreamErrorCondition.UNSUPPORTED_ENCODING);
  }

  @Test
  void aUtf8DeclarationInAnyCaseIsAccepted() throws XmlStreamException {
    assertThat(
            XmlStreamReaderTest.feedAll(
                new XmlStreamReader(SMALL),
                "<?xml version='1.0' encoding='utf-8'?>" + HEADER.substring(21)))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<stream:stream xmlns:stream='urn:wrong'>",
        "<html>",
        "<message xmlns='jabber:client'>"
      })
  void aWrongRootIsInvalidNamespace(String root) {
    assertThat(errorOf(root)).isEqualTo(StreamErrorCondition.INVALID_NAMESPACE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<message></presence>", "<message><body></message>", "<a><b></a></b>"})
  void mismatchedEndTagsAreNotWellFormed(String stanza) {
    assertThat(errorOf(HEADER + stanza)).isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
  }

  @Test
  void anUndeclaredPrefixIsNotWellFormed() {
    // XML-NAMES makes an undeclared prefix a well-formedness error (RFC 6120 §4.9.3.13).
    assertThat(errorOf(HEADER + "<foo:bar/>")).isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
  }

  @Test
  void textOutsideStanzasIsBadFormat() {
    assertThat(errorOf(HEADER + "hello")).isEqualTo(StreamErrorCondition.BAD_FORMAT);
    assertThat(errorOf(HEADER + "<iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>  x"))
        .isEqualTo(StreamErrorCondition.BAD_FORMAT);
  }
}

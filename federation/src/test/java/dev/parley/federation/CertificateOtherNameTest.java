package dev.parley.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CertificateOtherNameTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void decodesTheSequenceTheJdkHandsOut() {
    byte[] der = HEX.parseHex("301706082b06010505070805a00b0c09622e6578616d706c65");

    assertThat(CertificateOtherName.decode(der))
        .contains(new CertificateOtherName(CertificateOtherName.XMPP_ADDR, "b.example"));
  }

  @Test
  void decodesTheGeneralNameTagAndAnIa5Value() {
    byte[] der = HEX.parseHex("a01706082b06010505070807a00b1609622e6578616d706c65");

    assertThat(CertificateOtherName.decode(der))
        .contains(new CertificateOtherName(CertificateOtherName.SRV_NAME, "b.example"));
  }

  @Test
  void nonStringValuesAndBrokenDerIdentifyNothing() {
    byte[] integerValue = HEX.parseHex("300e06082b06010505070805a0020201");
    byte[] truncated = HEX.parseHex("301706082b06010505070805a00b0c09622e");
    byte[] wrongOuterTag = HEX.parseHex("0403010203");

    assertThat(CertificateOtherName.decode(integerValue)).isEmpty();
    assertThat(CertificateOtherName.decode(truncated)).isEmpty();
    assertThat(CertificateOtherName.decode(wrongOuterTag)).isEmpty();
    assertThat(CertificateOtherName.decode(new byte[0])).isEmpty();
  }
}

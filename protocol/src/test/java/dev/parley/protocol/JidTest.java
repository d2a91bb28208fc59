package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7622 address parsing and PRECIS enforcement. */
class JidTest {

  @Test
  void parsesTheThreeShapesIntoTheirOwnTypes() {
    assertThat(Jid.parse("example.com")).isEqualTo(new DomainJid("example.com"));
    assertThat(Jid.parse("juliet@example.com")).isEqualTo(new BareJid("juliet", "example.com"));
    assertThat(Jid.parse("juliet@example.com/balcony"))
        .isEqualTo(new FullJid("juliet", "example.com", "balcony"));
    assertThat(Jid.parse("example.com/admin"))
        .isInstanceOf(FullJid.class)
        .satisfies(jid -> assertThat(jid.local()).isEmpty())
        .hasToString("example.com/admin");
  }

  @Test
  void exposesPartsThroughTheCommonInterface() {
    Jid full = Jid.parse("juliet@example.com/balcony");

    assertThat(full.local()).contains("juliet");
    assertThat(full.domain()).isEqualTo("example.com");
    assertThat(full.resource()).contains("balcony");
    assertThat(Jid.parse("example.com").local()).isEmpty();
    assertThat(Jid.parse("juliet@example.com").resource()).isEmpty();
  }

  @Test
  void caseMapsLocalAndDomainButKeepsTheResourceCase() {
    // RFC 7622 §3.3 (UsernameCaseMapped) and §3.2 (domain lower case); §3.4 OpaqueString keeps
    // case.
    Jid jid = Jid.parse("Juliet@Example.COM/Balcony");

    assertThat(jid).hasToString("juliet@example.com/Balcony");
    assertThat(jid).isEqualTo(Jid.parse("juliet@example.com/Balcony"));
    assertThat(jid).isNotEqualTo(Jid.parse("juliet@example.com/balcony"));
  }

  @Test
  void unicodeAndPunycodeDomainsCompareEqual() {
    Jid unicode = Jid.parse("romeo@münchen.example");
    Jid punycode = Jid.parse("romeo@xn--mnchen-3ya.example");

    assertThat(unicode).isEqualTo(punycode);
    assertThat(unicode.domain()).isEqualTo("münchen.example");
    assertThat(Jid.parse("MÜNCHEN.example")).isEqualTo(new DomainJid("münchen.example"));
  }

  @Test
  void removesOneTrailingDotFromTheDomain() {
    assertThat(Jid.parse("juliet@example.com.")).isEqualTo(Jid.parse("juliet@example.com"));
    assertThat(Jid.parse("example.com./res")).hasToString("example.com/res");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jul\"iet@example.com",
        "jul&iet@example.com",
        "jul'iet@example.com",
        "jul:iet@example.com",
        "jul<iet@example.com",
        "jul>iet@example.com",
        "jul iet@example.com"
      })
  void rejectsForbiddenLocalpartCharacters(String text) {
    assertThatThrownBy(() -> Jid.parse(text)).isInstanceOf(JidFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "@example.com",
        "juliet@",
        "juliet@/res",
        "example.com/",
        "juliet@example.com/",
        "/res",
        ".",
        "juliet@.",
        "a@b@example.com",
        "exa mple.com",
        "juliet@[::1"
      })
  void rejectsEmptyOrBrokenParts(String text) {
    assertThatThrownBy(() -> Jid.parse(text)).isInstanceOf(JidFormatException.class);
  }

  @Test
  void rejectsNullAsAMalformedJid() {
    assertThatThrownBy(() -> Jid.parse(null)).isInstanceOf(JidFormatException.class);
  }

  @Test
  void acceptsPartsOf1023BytesAndRejects1024() {
    String local1023 = "a".repeat(1023);
    String resource1023 = "r".repeat(1021) + "é"; // 1021 + 2 bytes

    assertThat(Jid.parse(local1023 + "@example.com").local()).contains(local1023);
    assertThat(Jid.parse("example.com/" + resource1023).resource()).contains(resource1023);
    assertThatThrownBy(() -> Jid.parse("a".repeat(1024) + "@example.com"))
        .isInstanceOf(JidFormatException.class);
    assertThatThrownBy(() -> Jid.parse("example.com/" + "r".repeat(1022) + "é"))
        .isInstanceOf(JidFormatException.class);
  }

  @Test
  void rejectsADomainOf1024Bytes() {
    // Sixteen labels of 63 letters plus 15 dots is 1023 bytes; one more letter label makes 1025.
    String label = "d".repeat(63);
    String domain1023 = String.join(".", java.util.Collections.nCopies(16, label));
    assertThat(domain1023).hasSize(1023);

    assertThat(Jid.parse(domain1023).domain()).isEqualTo(domain1023);
    assertThatThrownBy(() -> Jid.parse(domain1023 + ".e")).isInstanceOf(JidFormatException.class);
  }

  @Test
  void rejectsADomainLabelLongerThan63Characters() {
    assertThatThrownBy(() -> Jid.parse("juliet@" + "d".repeat(64) + ".example"))
        .isInstanceOf(JidFormatException.class);
  }

  @Test
  void theFirstSlashStartsTheResourceWhichMayHoldSlashesAndAts() {
    // RFC 7622 §3.1: the resourcepart is everything after the first '/'.
    Jid jid = Jid.parse("juliet@example.com/foo/bar@baz");

    assertThat(jid).isInstanceOf(FullJid.class);
    assertThat(jid.local()).contains("juliet");
    assertThat(jid.resource()).contains("foo/bar@baz");

    Jid atInResource = Jid.parse("example.com/user@host");
    assertThat(atInResource.local()).isEmpty();
    assertThat(atInResource.domain()).isEqualTo("example.com");
    assertThat(atInResource.resource()).contains("user@host");
  }

  @Test
  void bareAndDomainJidDropTheRightParts() {
    FullJid full = (FullJid) Jid.parse("juliet@example.com/balcony");

    assertThat(full.bare()).isEqualTo(new BareJid("juliet", "example.com"));
    assertThat(full.account()).isEqualTo(new BareJid("juliet", "example.com"));
    assertThat(full.domainJid()).isEqualTo(new DomainJid("example.com"));
    assertThat(Jid.parse("example.com/admin").bare()).isEqualTo(new DomainJid("example.com"));
    assertThat(Jid.parse("juliet@example.com").bare()).isEqualTo(Jid.parse("juliet@example.com"));
    assertThat(Jid.parse("juliet@example.com").domainJid()).isEqualTo(DomainJid.of("EXAMPLE.com"));
    DomainJid domain = DomainJid.of("example.com");
    assertThat(domain.bare()).isSameAs(domain);
    assertThat(domain.domainJid()).isSameAs(domain);
  }

  @Test
  void factoriesEnforceTheProfiles() {
    assertThat(BareJid.of("Romeo", "Example.ORG.")).hasToString("romeo@example.org");
    assertThat(BareJid.of("romeo", "example.org").withResource("Orchard"))
        .hasToString("romeo@example.org/Orchard");
    assertThat(DomainJid.of("Conference.Example.org").withResource("Room"))
        .hasToString("conference.example.org/Room");
    assertThatThrownBy(() -> BareJid.of("", "example.org")).isInstanceOf(JidFormatException.class);
    assertThatThrownBy(() -> BareJid.of("romeo", "example.org").withResource(""))
        .isInstanceOf(JidFormatException.class);
  }

  @Test
  void parseBareAcceptsOnlyBareJids() {
    assertThat(Jid.parseBare("Juliet@Example.com")).isEqualTo(new BareJid("juliet", "example.com"));
    assertThatThrownBy(() -> Jid.parseBare("example.com")).isInstanceOf(JidFormatException.class);
    assertThatThrownBy(() -> Jid.parseBare("juliet@example.com/balcony"))
        .isInstanceOf(JidFormatException.class);
  }

  @Test
  void keepsIpv6LiteralsAndLowerCasesThem() {
    assertThat(Jid.parse("juliet@[2001:DB8::1]/r").domain()).isEqualTo("[2001:db8::1]");
  }

  @Test
  void cachedAndFreshParsesAreEqual() {
    Jid first = Jid.parse("cache-check@example.com/One");
    Jid second = Jid.parse("cache-check@example.com/One");

    assertThat(second).isEqualTo(first);
    assertThat(second.resource()).isEqualTo(Optional.of("One"));
  }
}

package dev.parley.testkit.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration record's checks and how each mode is rendered for each peer (PEERS.md). */
class PeerConfigTest {

  @TempDir Path directory;

  private PeerTls tls() throws Exception {
    return new PeerTls(
        Files.writeString(directory.resolve("cert.pem"), "c"),
        Files.writeString(directory.resolve("key.pem"), "k"),
        Files.writeString(directory.resolve("ca.pem"), "a"));
  }

  @Test
  void defaultsAreLoopbackStandardPortsAndNoTls() {
    PeerConfig config = PeerConfig.builder("prosody.test").address("127.0.0.21").build();
    assertThat(config.c2sAddress()).isEqualTo(new InetSocketAddress("127.0.0.21", 5222));
    assertThat(config.s2sAddress()).isEqualTo(new InetSocketAddress("127.0.0.21", 5269));
    assertThat(config.mode()).isEqualTo(SecurityMode.NO_TLS);
    assertThat(config.mucDomain()).isEmpty();
    assertThat(PeerConfig.builder("a.test").muc(true).build().mucDomain())
        .hasValueSatisfying(muc -> assertThat(muc.domain()).isEqualTo("muc.a.test"));
  }

  @Test
  void refusesTlsModesWithoutFilesNonLoopbackAndSharedPorts() {
    assertThatThrownBy(() -> PeerConfig.builder("a.test").mode(SecurityMode.TLS_OPTIONAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tls");
    assertThatThrownBy(() -> PeerConfig.builder("a.test").address("192.0.2.1").build())
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> PeerConfig.builder("a.test").c2sPort(5269).build())
        .hasMessageContaining("differ");
    assertThatThrownBy(
            () -> new PeerTls(directory.resolve("none"), directory.resolve("none"), directory))
        .hasMessageContaining("certificate");
  }

  @Test
  void resolvConfHasNoPortSoOtherPortsAreRefusedWhereItIsRead() {
    assertThatThrownBy(
            () ->
                PrivateResolvConf.requireStandardPort(
                    new InetSocketAddress("127.0.0.53", 5353), "glibc"))
        .hasMessageContaining("port 53");
    assertThat(PrivateResolvConf.content(new InetSocketAddress("127.0.0.53", 53)))
        .startsWith("nameserver 127.0.0.53\n");
    assertThat(PrivateResolvConf.wrap(Optional.empty(), "", List.of("prosody")))
        .containsExactly("prosody");
    assertThat(
            PrivateResolvConf.wrap(
                Optional.of(new InetSocketAddress("127.0.0.53", 53)), "/r", List.of("prosody")))
        .startsWith("unshare", "--mount", "--propagation", "private")
        .endsWith("/r", "prosody");
  }

  @Test
  void prosodyLoadsDialbackAndRequiresEncryptionPerMode() throws Exception {
    String noTls = prosody(PeerConfig.builder("p.test").build());
    assertThat(noTls)
        .contains("run_as_root = true", "modules_disabled = { \"posix\" }")
        .contains("s2s_allow_encryption = false", "\"dialback\"", "nagle = false")
        .doesNotContain("\"tls\"", "ssl = ", "s2s_bidi");
    String optional =
        prosody(PeerConfig.builder("p.test").mode(SecurityMode.TLS_OPTIONAL).tls(tls()).build());
    assertThat(optional)
        .contains("s2s_require_encryption = false", "\"dialback\"", "\"tls\"", "cafile = ")
        .doesNotContain("s2s_allow_encryption");
    String strict =
        prosody(
            PeerConfig.builder("p.test")
                .mode(SecurityMode.TLS_REQUIRED)
                .tls(tls())
                .muc(true)
                .dnsServer(new InetSocketAddress("127.0.0.53", 5353))
                .build());
    assertThat(strict)
        .contains("s2s_require_encryption = true", "s2s_secure_auth = true", "capath = ")
        .contains("Component \"muc.p.test\" \"muc\"")
        .contains("forward = \"127.0.0.53@5353\"", "[\"local-zone:\"] = \"test. transparent\"")
        .doesNotContain("\"dialback\"");
  }

  @Test
  void prosodyLoadsTheBidiModuleOnlyWhenAsked() throws Exception {
    assertThat(PeerConfig.builder("p.test").build().bidi()).isFalse();
    String bidi =
        prosody(
            PeerConfig.builder("p.test")
                .mode(SecurityMode.TLS_REQUIRED)
                .tls(tls())
                .bidi(true)
                .build());
    assertThat(bidi.lines().filter(l -> l.startsWith("modules_enabled")))
        .singleElement()
        .asString()
        .contains("\"s2s_bidi\"", "\"tls\"");
  }

  @Test
  void ejabberdDropsDialbackOnlyInTheStrictMode() throws Exception {
    String noTls =
        EjabberdConfigFile.render(PeerConfig.builder("e.test").build(), Optional.empty());
    assertThat(noTls)
        .contains("s2s_use_starttls: false", "mod_s2s_dialback: {}", "shaper: {}")
        .doesNotContain("certfiles", "s2s_cafile");
    String optional =
        EjabberdConfigFile.render(
            PeerConfig.builder("e.test").mode(SecurityMode.TLS_OPTIONAL).tls(tls()).build(),
            Optional.empty());
    assertThat(optional)
        .contains("s2s_use_starttls: optional", "mod_s2s_dialback: {}", "s2s_cafile: ")
        .contains("starttls: true");
    String strict =
        EjabberdConfigFile.render(
            PeerConfig.builder("e.test").mode(SecurityMode.TLS_REQUIRED).tls(tls()).build(),
            Optional.of(directory.resolve("fixed.key")));
    assertThat(strict)
        .contains("s2s_use_starttls: required", "s2s_cafile: ", "fixed.key")
        .doesNotContain("mod_s2s_dialback");
  }

  private String prosody(PeerConfig config) {
    return ProsodyConfigFile.render(
        config, directory.resolve("data"), directory.resolve("empty"), directory.resolve("log"));
  }
}

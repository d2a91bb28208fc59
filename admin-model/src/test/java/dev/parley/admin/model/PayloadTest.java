package dev.parley.admin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadTest {

  @Test
  void passwordsNeverAppearInToString() {
    assertThat(new CreateUserRequest("a@example.com", "s3cret!", true, null).toString())
        .contains("a@example.com")
        .doesNotContain("s3cret!");
    assertThat(new PasswordRequest("s3cret!").toString()).doesNotContain("s3cret!");
  }

  @Test
  void importReportCopiesItsList() {
    List<LineError> errors = new ArrayList<>(List.of(new LineError(2, "bad jid")));
    ImportReport report = new ImportReport(3, errors);
    errors.clear();
    assertThat(report.failed()).containsExactly(new LineError(2, "bad jid"));
    assertThat(report.succeeded()).isFalse();
    assertThat(new ImportReport(1, null).succeeded()).isTrue();
  }
}

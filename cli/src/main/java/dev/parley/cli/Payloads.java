package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.admin.model.HealthView;
import dev.parley.admin.model.ImportReport;
import dev.parley.admin.model.SessionView;
import dev.parley.admin.model.UserView;
import java.util.List;

/** The JSON types of the admin API's responses, for Jackson. */
final class Payloads {

  static final TypeReference<UserView> USER = new TypeReference<>() {};
  static final TypeReference<List<UserView>> USERS = new TypeReference<>() {};
  static final TypeReference<List<SessionView>> SESSIONS = new TypeReference<>() {};
  static final TypeReference<ImportReport> IMPORT_REPORT = new TypeReference<>() {};
  static final TypeReference<HealthView> HEALTH = new TypeReference<>() {};

  private Payloads() {}
}

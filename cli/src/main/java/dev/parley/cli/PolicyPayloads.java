package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.admin.model.PolicyCheckView;
import dev.parley.admin.model.PolicyDiffView;
import dev.parley.admin.model.PolicyHistoryView;
import dev.parley.admin.model.PolicyView;
import java.util.List;

/** The JSON types of the policy resource's responses, for Jackson. */
final class PolicyPayloads {

  static final String PATH = "/api/federation/policy";
  static final TypeReference<PolicyView> POLICY = new TypeReference<>() {};
  static final TypeReference<PolicyCheckView> CHECK = new TypeReference<>() {};
  static final TypeReference<PolicyDiffView> DIFF = new TypeReference<>() {};
  static final TypeReference<List<PolicyHistoryView>> HISTORY = new TypeReference<>() {};

  private PolicyPayloads() {}
}

package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.admin.model.ChatAliasRemovalView;
import dev.parley.admin.model.ChatAliasView;
import dev.parley.admin.model.DnsRecordsView;
import java.util.List;

/** The JSON types of the chat node alias and DNS record responses, for Jackson. */
final class ChatPayloads {

  static final String ALIASES = "/api/chat/aliases";
  static final String DNS_RECORDS = "/api/dns/records";

  static final TypeReference<ChatAliasView> ALIAS = new TypeReference<>() {};
  static final TypeReference<List<ChatAliasView>> ALIAS_LIST = new TypeReference<>() {};
  static final TypeReference<ChatAliasRemovalView> REMOVAL = new TypeReference<>() {};
  static final TypeReference<DnsRecordsView> DNS = new TypeReference<>() {};

  private ChatPayloads() {}
}

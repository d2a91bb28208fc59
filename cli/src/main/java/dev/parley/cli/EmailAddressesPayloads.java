package dev.parley.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.admin.model.EmailAddressesView;
import dev.parley.admin.model.EmailImpactView;
import java.io.PrintWriter;
import java.util.List;

/** The email-address resource's path, JSON types and printers. */
final class EmailAddressesPayloads {

  static final String PATH = "/api/federation/email-addresses";
  static final TypeReference<EmailAddressesView> VIEW = new TypeReference<>() {};
  static final TypeReference<List<EmailImpactView>> IMPACT = new TypeReference<>() {};

  private EmailAddressesPayloads() {}

  static void print(EmailAddressesView view, PrintWriter out) {
    Table table = new Table("SETTING", "VALUE");
    table.add("use the email address for XMPP federation", view.enabled() ? "on" : "off");
    table.add("applied on this node", view.applied() ? "on" : "off");
    table.add(
        "email domains",
        view.emailDomains().isEmpty() ? "none configured" : String.join(", ", view.emailDomains()));
    table.add("users with an email in those domains", Integer.toString(view.usersWithEmail()));
    table.add("restart pending", view.restartPending() ? "yes" : "no");
    table.print(out);
  }

  static void print(List<EmailImpactView> impact, PrintWriter out) {
    if (impact.isEmpty()) {
      out.println("no federated subscriptions are affected");
      out.flush();
      return;
    }
    Table table = new Table("USER", "EMAIL ADDRESS", "FEDERATED CONTACT", "SUBSCRIPTION");
    for (EmailImpactView user : impact) {
      user.contacts().forEach(c -> table.add(user.user(), user.email(), c.contact(), c.state()));
    }
    table.print(out);
  }
}

package dev.parley.admin;

import dev.parley.admin.model.DnsRecordsView;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * {@code GET /api/dns/records}: the DNS records to publish for every hosted domain and chat node
 * alias, as JSON, or as zone-file text with {@code ?format=zone}.
 */
public final class DnsRecordsResource implements AdminResource {

  static final String PATH = "/api/dns/records";

  private final DnsAdmin dns;

  public DnsRecordsResource(DnsAdmin dns) {
    this.dns = Objects.requireNonNull(dns, "dns");
  }

  @Override
  public void register(Javalin javalin) {
    javalin.get(PATH, this::records);
  }

  private void records(Context ctx) {
    String format = ctx.queryParam("format");
    DnsRecordsView view = dns.records();
    if (format == null || format.equals("json")) {
      ctx.json(view);
    } else if (format.equals("zone")) {
      ctx.contentType("text/plain; charset=utf-8")
          .result(String.join("\n", view.zoneLines()) + "\n");
    } else {
      throw ApiException.badRequest("format must be json or zone");
    }
  }
}

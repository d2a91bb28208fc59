package dev.parley.admin;

import dev.parley.admin.model.DnsRecordsView;

/**
 * Computes the DNS records to publish for the hosted domains and chat node aliases from the node's
 * listeners; implemented by the composition root.
 */
public interface DnsAdmin {

  /** The records as of now (aliases and listeners may change between calls). */
  DnsRecordsView records();
}

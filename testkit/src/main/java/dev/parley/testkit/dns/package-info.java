/**
 * A private dnsmasq for tests: real DNS answers (SRV, A, AAAA, NXDOMAIN) from records a test
 * declares with {@link dev.parley.testkit.dns.DnsRecords}, served by {@link
 * dev.parley.testkit.dns.Dnsmasq} on a 127.x.y.z address of the test's choosing. Parley's resolver
 * and the Prosody and ejabberd peers of the interop tests can all be pointed at it. There is no
 * skipping: without dnsmasq installed the tests fail and say what to install.
 */
package dev.parley.testkit.dns;

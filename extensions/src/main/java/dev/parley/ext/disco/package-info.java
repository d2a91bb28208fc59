/**
 * XEP-0030 Service Discovery: disco#info and disco#items of the server and of user accounts, with
 * {@link dev.parley.ext.disco.DiscoNodeProvider}s for nodes other features own (ad-hoc commands).
 */
package dev.parley.ext.disco;

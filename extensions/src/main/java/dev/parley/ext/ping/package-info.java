/** XEP-0199 XMPP Ping, answered by the server for itself and for its accounts. */
package dev.parley.ext.ping;

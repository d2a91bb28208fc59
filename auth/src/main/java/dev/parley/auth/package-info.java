/**
 * SASL on the server side (SCRAM-SHA-256, SCRAM-SHA-1, PLAIN; EXTERNAL framing for federation) and
 * the account service that turns passwords into salted SCRAM credentials. Nothing here knows about
 * sockets: a mechanism consumes client responses and returns the next {@link SaslStep}.
 */
package dev.parley.auth;

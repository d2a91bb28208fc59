/**
 * SASL on the server side (SCRAM-SHA-256, SCRAM-SHA-1, PLAIN; EXTERNAL framing for federation) and
 * the account service that turns passwords into salted SCRAM credentials. Nothing here knows about
 * sockets: a mechanism consumes client responses and returns the next {@link SaslStep}.
 *
 * <p>Entry points for the composition root: {@link dev.parley.auth.ScramSaslMechanisms} (what c2s
 * offers and runs), {@link dev.parley.auth.ScramAccountService} (account administration and bulk
 * import, with {@link dev.parley.auth.AccountCsv} for the file format) and {@link
 * dev.parley.auth.ScramHasher} (password to verifier). Passwords travel as {@code char[]} and are
 * wiped as soon as they are hashed; they are never stored or logged.
 */
package dev.parley.auth;

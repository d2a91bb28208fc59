/**
 * Parley's small XMPP extensions, one package per XEP, each a {@link dev.parley.server.Feature}.
 * {@link dev.parley.ext.StandardFeatures} builds all of them for the composition root.
 */
package dev.parley.ext;

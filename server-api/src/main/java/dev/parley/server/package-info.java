/**
 * The contracts the router, the connection managers and the features meet on. A {@link Feature}
 * registers its handlers through a narrow {@link FeatureContext}; handlers return an {@link
 * Outcome} and never send anything themselves. {@link RouteDirectory} is the cluster SPI.
 */
package dev.parley.server;

/**
 * The network edge shared by client and server streams: Netty event loops and listeners, TLS
 * contexts per hosted domain (chosen by SNI), the XML stream decoder that turns bytes into {@link
 * dev.parley.protocol.StreamEvent}s, and the writer for stream headers and elements.
 *
 * <p>Pipeline of a connection, from the socket inwards:
 *
 * <pre>
 *  socket → [SniHandler/SslHandler] → IdleStateHandler → XmlStreamDecoder → stream handler
 *           (direct TLS or STARTTLS)   (keepalive, idle)   (bytes → events)   (c2s or s2s)
 * </pre>
 */
package dev.parley.transport;

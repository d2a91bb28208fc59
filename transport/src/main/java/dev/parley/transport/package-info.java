/**
 * The network edge shared by client and server streams: Netty event loops and listeners, TLS
 * contexts per hosted domain (chosen by SNI), the XML stream decoder that turns bytes into {@link
 * dev.parley.protocol.StreamEvent}s, and the writer for stream headers and elements.
 *
 * <p>Pipeline of a connection, from the socket inwards:
 *
 * <pre>
 *  socket → [SniHandler/SslHandler] → IdleStateHandler → [OutboundGuardHandler] → XmlStreamDecoder → stream handler
 *           (direct TLS or STARTTLS)   (keepalive, idle)   (c2s: bounded output)  (bytes → events)   (c2s or s2s)
 * </pre>
 */
package dev.parley.transport;

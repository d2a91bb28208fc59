package dev.parley.transport;

import dev.parley.protocol.StreamError;

/** The peer's bytes broke the stream; the handler sends this error and closes. */
public record StreamFailure(StreamError error) {}

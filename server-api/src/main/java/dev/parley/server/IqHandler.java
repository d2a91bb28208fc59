package dev.parley.server;

/** Answers one kind of IQ request. May block (it never runs on an event loop). */
@FunctionalInterface
public interface IqHandler {
  Outcome handle(IqRequest request);
}

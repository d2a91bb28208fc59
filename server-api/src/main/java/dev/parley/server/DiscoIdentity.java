package dev.parley.server;

/** A service discovery identity (XEP-0030). */
public record DiscoIdentity(String category, String type, String name) {}

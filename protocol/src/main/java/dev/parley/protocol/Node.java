package dev.parley.protocol;

/** A child of an {@link Element}: another element or character data. */
public sealed interface Node permits Element, Text {}

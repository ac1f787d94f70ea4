package org.committeepapers.model;

/** A row of a proposal's benefits table; texts are Markdown. */
public record Benefit(Text benefit, Ambitions ambitions, Text measurement) {
}

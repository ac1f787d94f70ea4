package org.committeepapers.model;

/** The fixed three-row impact table; texts are Markdown. */
public record Impacts(Text environmental, Text social, Text health) {
}

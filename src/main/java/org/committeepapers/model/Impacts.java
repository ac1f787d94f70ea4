package org.committeepapers.model;

/** The fixed three-row impact table; texts are Markdown. */
public record Impacts(String environmental, String social, String health) {
}

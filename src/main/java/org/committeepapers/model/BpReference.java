package org.committeepapers.model;

import org.committeepapers.problem.SourcePosition;

/** A business planning reference such as {@code B/R.6.003}, with where it was written. */
public record BpReference(String text, SourcePosition position) {
}

package org.committeepapers.model;

import org.committeepapers.problem.SourcePosition;

/** The answer to one fixed section of a question-led format, written under {@code # key}. */
public record Answer(String key, SourcePosition position, Narrative narrative) {
}

package org.committeepapers.model;

import java.util.List;
import org.committeepapers.problem.SourcePosition;

/** A Markdown text split at its {@code {{ … }}} placeholders, each kept with its position. */
public record Narrative(List<Segment> segments) {

    public sealed interface Segment {
    }

    public record Markdown(String text) implements Segment {
    }

    /** {@code {{ expression | format }}}: a computed figure in the prose. */
    public record FigureRef(SourcePosition position, Expression expression, String format) implements Segment {
    }

    /** {@code {{ table id }}} on a line of its own. */
    public record TableRef(SourcePosition position, String tableId) implements Segment {
    }
}

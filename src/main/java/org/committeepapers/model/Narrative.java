package org.committeepapers.model;

import java.util.List;
import org.committeepapers.problem.SourcePosition;

/** A Markdown text split at its {@code {{ … }}} placeholders, each kept with its position. */
/** @param start where the Markdown begins in its file, so headings found in it can be located */
public record Narrative(SourcePosition start, List<Segment> segments) {

    public Narrative {
        segments = List.copyOf(segments); // a parse is kept and reused while its file is unchanged
    }

    public sealed interface Segment {
    }

    public record Markdown(String text) implements Segment {
    }

    /** {@code {{ expression | format }}}: a computed figure in the prose. */
    /** {@code format} is null when the author named none; the figure's unit then decides. */
    public record FigureRef(SourcePosition position, Expression expression, FigureFormat format)
            implements Segment, Text.Part {
    }

    /** {@code {{ table id }}} on a line of its own. */
    public record TableRef(SourcePosition position, String tableId) implements Segment {
    }
}

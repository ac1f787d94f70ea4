package org.committeepapers.model;

import org.committeepapers.problem.SourcePosition;

/** A headline amount in a business case's header, e.g. "2022-23 Investment amount: £689k". */
public record Headline(SourcePosition position, Text label, Expression figure, FigureFormat format,
        Rounding rounding) {
}

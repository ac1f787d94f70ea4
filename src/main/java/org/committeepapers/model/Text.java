package org.committeepapers.model;

import java.util.List;

/**
 * Text an author wrote (a caption, a description, a note, a report), split at its {@code {{ figure }}}
 * references. The load stage makes one for every text that is printed; the compute stage works out every
 * figure in it, and the render stage prints only what was computed, so a reference can never reach a page
 * unevaluated.
 *
 * @param parts the text in order: literal pieces (escapes already undone) and figure references
 */
public record Text(List<Part> parts) {
    public static final Text EMPTY = new Text(List.of());

    public Text {
        parts = List.copyOf(parts); // a parse is kept and reused while its file is unchanged
    }

    /** A piece of a text: as written, or a figure to compute. */
    public sealed interface Part permits Literal, Narrative.FigureRef {
    }

    /** Text printed as it stands. */
    public record Literal(String text) implements Part {
    }

    /** A text with no figures in it, e.g. a caption the tool itself supplies. */
    public static Text literal(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Text(List.of(new Literal(text)));
    }

    /** The figure references, in order. */
    public List<Narrative.FigureRef> figures() {
        return parts.stream().filter(p -> p instanceof Narrative.FigureRef).map(p -> (Narrative.FigureRef) p).toList();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Refused: a text is printed only with its computed figures, never by accident in a string. */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("a Text is printed with its computed figures, not by toString()");
    }

    /** The literal pieces joined, figures left out: for messages and comparisons, never for printing. */
    public String literalText() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p instanceof Literal l ? l.text() : ""));
        return out.toString();
    }
}

package org.committeepapers.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.Correction;
import org.committeepapers.model.Expectation;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;

/**
 * Works out the figures written in authors' texts, and checks recorded corrections, in one scope: a case's
 * own figures, a paper's, a pack's or a meeting's. Every reference gets its value or a located error.
 */
final class TextFigures {
    private TextFigures() {
    }

    /** Evaluates every reference in {@code texts} against {@code figures}, into {@code out}. */
    static void resolve(Collection<Text> texts, Figures figures, Map<Narrative.FigureRef, Figure> out,
            Problems problems) {
        Evaluator evaluator = new Evaluator(figures, false, problems);
        for (Text text : texts) {
            if (text == null) {
                continue;
            }
            for (Narrative.FigureRef ref : text.figures()) {
                evaluator.evaluate(ref.expression()).filter(value -> ConsistencyChecks.formatFits(ref, value, problems))
                        .ifPresent(value -> out.put(ref, value));
            }
        }
    }

    /**
     * Each correction must name a figure of this scope and a printed figure that really differs from the
     * computed one; otherwise it corrects nothing and is an error.
     */
    static List<CorrectionNote> corrections(List<Correction> corrections, Figures figures, Problems problems) {
        List<CorrectionNote> notes = new ArrayList<>();
        for (Correction c : corrections) {
            if (!figures.has(c.figure())) {
                problems.error(c.figurePosition(), "the correction names no known figure '" + c.figure() + "'",
                        DidYouMean.closest(c.figure(), figures.names()).map(n -> "did you mean '" + n + "'?")
                                .orElse("name a figure as in 'expect:', e.g. finance.total"));
                continue;
            }
            Figure computed = figures.get(c.figure()).orElse(null);
            if (computed == null) {
                problems.error(c.figurePosition(), "the figure '" + c.figure() + "' is an empty cell, so there is "
                        + "no computed figure to correct it to", "name a figure that has a value");
            } else if (computed.value().compareTo(c.printed()) == 0) {
                problems.error(c.printedPosition(), "the correction says " + ConsistencyChecks.plain(c.printed()) + " was printed for "
                        + c.figure() + ", but that is the computed figure, so there is nothing to correct",
                        "write the figure the earlier document printed, or remove the correction");
            } else {
                notes.add(new CorrectionNote(c, computed));
            }
        }
        return List.copyOf(notes);
    }

    /**
     * The expectations left to check: a stated figure that a correction records as printed is on the record,
     * so it is not an error.
     */
    static List<Expectation> unrecorded(List<Expectation> expectations, List<Correction> corrections) {
        return expectations.stream().filter(e -> corrections.stream().noneMatch(c -> c.figure().equals(e.figure())
                && c.printed().compareTo(e.stated()) == 0)).toList();
    }
}

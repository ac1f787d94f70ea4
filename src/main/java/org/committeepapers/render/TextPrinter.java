package org.committeepapers.render;

import java.util.Map;
import org.committeepapers.compute.CorrectionNote;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Text;

/**
 * Prints an author's {@link Text} with the figures the compute stage worked out for it. A text holds no
 * placeholder syntax, only literal pieces and references; a reference without a computed figure is a bug in
 * this tool, so it stops the build rather than print anything unevaluated.
 */
final class TextPrinter {
    private final NumberFormatter numbers;

    TextPrinter(NumberFormatter numbers) {
        this.numbers = numbers;
    }

    /** {@code text} with each figure formatted; "" for no text. */
    String print(Text text, Map<Narrative.FigureRef, Figure> figures) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Text.Part part : text.parts()) {
            if (part instanceof Text.Literal literal) {
                out.append(literal.text());
            } else {
                Narrative.FigureRef ref = (Narrative.FigureRef) part;
                Figure figure = figures.get(ref);
                if (figure == null) {
                    throw new IllegalStateException("the figure at " + ref.position() + " was never computed");
                }
                out.append(numbers.prose(figure, ref.format()));
            }
        }
        return out.toString();
    }

    /** "Correction: … was printed as 3,324 (£000); computed from its sources it is 3,234. Reason: …". */
    String correction(CorrectionNote note) {
        Figure computed = note.computed();
        String unit = computed.unit() == null ? "" : " (" + computed.unit().word() + ")";
        return "Correction: " + note.correction().figure() + " was printed as " + numbers.cell(note.correction().printed())
                + unit + "; computed from its sources it is " + numbers.cell(computed.value()) + ". Reason: "
                + note.correction().reason();
    }
}

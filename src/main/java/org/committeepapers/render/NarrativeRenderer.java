package org.committeepapers.render;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Narrative;
import org.committeepapers.problem.Problems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a proposal's narrative: computed figures are written into the prose, each {@code {{ table id }}}
 * becomes the rendered table, and headings are checked to go down one level at a time.
 */
final class NarrativeRenderer {
    /** Stands in for a table while the Markdown is rendered; cannot be typed by accident. */
    private static final String TABLE_MARK = "CPTABLE\u2060";
    /** The paragraph the mark becomes, however the joiner character came to be escaped. */
    private static final Pattern TABLE_PARAGRAPH = Pattern.compile("<p>CPTABLE(?:\u2060|&#x2060;|&#8288;)(\\d+)</p>");

    private final MarkdownRenderer markdown;
    private final NumberFormatter numbers;

    NarrativeRenderer(MarkdownRenderer markdown, NumberFormatter numbers) {
        this.markdown = markdown;
        this.numbers = numbers;
    }

    /**
     * Reports headings that skip a level (an accessibility failure) and images (not supported: the PDF would
     * lose them) against the source lines.
     */
    private static void check(Narrative narrative, Document document, int startLevel, Problems problems) {
        for (int line : MarkdownRenderer.images(document)) {
            problems.error(narrative.start().shiftedDown(line), "images are not supported in proposals",
                    "describe the content in words or as a table under 'tables:'");
        }
        for (MarkdownRenderer.Removal removal : MarkdownRenderer.removals(document)) {
            problems.warning(narrative.start().shiftedDown(removal.line()), "the text's raw HTML has " + removal.what()
                    + ", which is removed for safety", "write it in Markdown instead, or remove it");
        }
        int previous = startLevel;
        for (int[] heading : MarkdownRenderer.headings(document)) {
            if (heading[0] > previous + 1) {
                problems.error(narrative.start().shiftedDown(heading[1]), "this heading is level " + heading[0]
                        + " but follows level " + previous + "; headings must go down one level at a time",
                        "use '" + "#".repeat(previous + 1) + "'; headings in the text are placed under the proposal's "
                                + "own headings automatically");
            }
            previous = heading[0];
        }
    }

    /**
     * {@code narrative} (one of the proposal's texts) as HTML, Markdown's {@code #} shown at {@code topLevel};
     * {@code table} renders a placed table. When {@code problems} is given, the Markdown is also checked, its
     * first heading expected at Markdown level {@code startLevel + 1}.
     */
    String render(ComputedProposal computed, Narrative narrative, int topLevel, int startLevel,
            Function<String, String> table, Problems problems) {
        List<String> tableIds = new ArrayList<>();
        Document document = markdown.parse(assemble(computed, narrative, tableIds));
        if (problems != null) {
            check(narrative, document, startLevel, problems);
        }
        String html = markdown.render(document, topLevel);
        if (tableIds.isEmpty()) {
            return html;
        }
        Matcher mark = TABLE_PARAGRAPH.matcher(html);
        StringBuilder out = new StringBuilder();
        while (mark.find()) {
            mark.appendReplacement(out, Matcher.quoteReplacement(table.apply(tableIds.get(Integer.parseInt(mark.group(1))))));
        }
        mark.appendTail(out);
        return out.toString();
    }

    private String assemble(ComputedProposal computed, Narrative narrative, List<String> tableIds) {
        StringBuilder text = new StringBuilder();
        Map<Narrative.FigureRef, org.committeepapers.model.Figure> figures = computed.proseFigures();
        for (Narrative.Segment segment : narrative.segments()) {
            if (segment instanceof Narrative.Markdown md) {
                text.append(md.text());
            } else if (segment instanceof Narrative.FigureRef ref) {
                text.append(numbers.prose(figures.get(ref), ref.format()));
            } else if (segment instanceof Narrative.TableRef ref) {
                text.append(TABLE_MARK).append(tableIds.size());
                tableIds.add(ref.tableId());
            }
        }
        return text.toString();
    }
}

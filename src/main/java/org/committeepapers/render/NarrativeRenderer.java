package org.committeepapers.render;

import com.vladsch.flexmark.util.ast.Document;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Narrative;
import org.committeepapers.problem.Problems;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders a proposal's narrative: computed figures are written into the prose, each {@code {{ table id }}}
 * becomes the rendered table, and headings are checked to go down one level at a time.
 */
final class NarrativeRenderer {
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
     *
     * <p>A table's line is left blank in the Markdown, which ends any paragraph around it, and the table's
     * HTML is placed between the rendered blocks at that line: no marker text is ever written into the
     * Markdown, so nothing an author types can be taken for a table, or leak into a page.
     */
    String render(ComputedProposal computed, Narrative narrative, int topLevel, int startLevel,
            Function<String, String> table, Problems problems) {
        Parsed parsed = parsed(computed, narrative);
        // Rendering shifts the headings and places the tables in the tree for a moment, then puts them back.
        synchronized (parsed) {
            return render(parsed.document(), parsed.tables(), narrative, topLevel, startLevel, table, problems);
        }
    }

    /** A narrative's Markdown with its figures written in, parsed, and the lines its tables go at. */
    private record Parsed(Document document, SortedMap<Integer, Narrative.TableRef> tables) {
    }

    /**
     * The parsed narrative, parsed once however many times it is rendered (a page, the paper's print version
     * and a pack each render it at their own heading level). Keyed by identity: the same text in two
     * proposals may hold different figures.
     */
    private Parsed parsed(ComputedProposal computed, Narrative narrative) {
        synchronized (parsedNarratives) {
            Parsed known = parsedNarratives.computeIfAbsent(computed, c -> new IdentityHashMap<>()).get(narrative);
            if (known != null) {
                return known;
            }
        }
        SortedMap<Integer, Narrative.TableRef> tables = new TreeMap<>();
        Document document = markdown.parse(assemble(computed, narrative, tables));
        synchronized (parsedNarratives) {
            return parsedNarratives.get(computed).computeIfAbsent(narrative, n -> new Parsed(document, tables));
        }
    }

    private final Map<ComputedProposal, Map<Narrative, Parsed>> parsedNarratives = new IdentityHashMap<>();

    private String render(Document document, SortedMap<Integer, Narrative.TableRef> tables, Narrative narrative,
            int topLevel, int startLevel, Function<String, String> table, Problems problems) {
        if (problems != null) {
            check(narrative, document, startLevel, problems);
        }
        if (tables.isEmpty()) {
            return markdown.render(document, topLevel);
        }
        SortedMap<Integer, String> blocks = new TreeMap<>();
        tables.forEach((line, ref) -> blocks.put(line, table.apply(ref.tableId())));
        MarkdownRenderer.Placed placed = markdown.renderPlacing(document, topLevel, blocks);
        for (int line : placed.linesInsideBlocks()) {
            if (problems != null) {
                problems.error(tables.get(line).position(), "a table cannot be placed inside a list, a quote or a "
                        + "code block", "start '{{ table " + tables.get(line).tableId() + " }}' at the beginning of "
                        + "a line, with a blank line before it, outside any list, quote or code block");
            }
        }
        return placed.html() == null ? markdown.render(document, topLevel) : placed.html();
    }

    /** The Markdown with figures written in and each table's line left blank, recorded in {@code tables}. */
    private String assemble(ComputedProposal computed, Narrative narrative, SortedMap<Integer, Narrative.TableRef> tables) {
        StringBuilder text = new StringBuilder();
        int line = 0;
        Map<Narrative.FigureRef, org.committeepapers.model.Figure> figures = computed.proseFigures();
        for (Narrative.Segment segment : narrative.segments()) {
            if (segment instanceof Narrative.Markdown md) {
                text.append(md.text());
                line += (int) md.text().chars().filter(c -> c == '\n').count();
            } else if (segment instanceof Narrative.FigureRef ref) {
                text.append(numbers.prose(figures.get(ref), ref.format()));
            } else if (segment instanceof Narrative.TableRef ref) {
                tables.put(line, ref);
            }
        }
        return text.toString();
    }
}

package org.committeepapers.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Attachment;
import org.committeepapers.model.Exempt;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;

/**
 * Reads one agenda item:
 * <pre>
 * - number: 4
 *   title: Business planning proposals for 2024-29
 *   report: business-planning.md                # Markdown or PDF, in the meeting's folder
 *   documents:                                  # more reports and appendices as files
 *     - { file: capacity-plan.pdf, title: "Appendix 1: Care home capacity plan" }
 *     - { file: valuation.md, title: "Appendix 3: Valuation", exempt: { paragraph: 3 } }
 *   appendices: [adults-and-health-business-cases]   # papers under papers/
 *   decision: Resolved to endorse the business cases.
 *   exempt: { paragraph: 3 }                    # everything but the number and title is exempt
 * </pre>
 */
final class AgendaItemReader {
    private AgendaItemReader() {
    }

    /**
     * One item of the meeting in {@code dir}, whose files must lie inside the content folder {@code root};
     * {@code expected} is the number it must carry, or null when any number is checked by the
     * caller (a supplement's items).
     */
    static Optional<AgendaItem> read(Path dir, Path root, PdfMemory pdfs, ParseMemory parses, Fields f, Integer expected,
            Problems problems) {
        YamlNode numberNode = f.required("number", expected == null ? "6" : String.valueOf(expected));
        Integer number = numberNode == null ? null : Numbers.wholeNumber(f, numberNode, "number");
        if (number != null && expected != null && number.intValue() != expected) {
            problems.error(numberNode.position(), "agenda items must be numbered 1, 2, 3 … in the order they are "
                    + "written, but item " + number + " comes where item " + expected + " should be",
                    "renumber the items, or move this one to its place in the list");
            number = null;
        }
        Text title = f.requiredFigureText("title", "Apologies for absence and declarations of interest");
        int before = problems.errorCount();
        List<Attachment> documents = new ArrayList<>();
        f.node("report").ifPresent(node -> {
            String name = f.text(node, "report");
            if (name != null) {
                String file = name.contains(".") ? name : name + ".md";
                AttachmentReader.read(dir, root, pdfs, parses, file, "Report", null, node.position(), problems).ifPresent(documents::add);
            }
        });
        for (Fields d : f.mappings("documents", "a document", d -> d)) {
            String file = d.requiredText("file", "capacity-plan.pdf");
            String documentTitle = d.requiredText("title", "\"Appendix 1: Care home capacity plan\"");
            Exempt exempt = ExemptReader.read(d);
            d.finish();
            if (file != null && documentTitle != null) {
                YamlNode at = d.node("file").orElseThrow();
                AttachmentReader.read(dir, root, pdfs, parses, file, documentTitle, exempt, at.position(), problems).ifPresent(documents::add);
            }
        }
        List<AgendaItem.Appendix> appendices = new ArrayList<>();
        f.declareList("appendices", "text"); // papers' folder names
        for (YamlNode node : f.list("appendices")) {
            String paper = f.text(node, "appendices");
            if (paper != null) {
                appendices.add(new AgendaItem.Appendix(paper, node.position()));
            }
        }
        f.declare("decision", "text");
        Text decision = f.node("decision").map(n -> f.figureText(n, "decision")).orElse(null);
        Exempt exempt = ExemptReader.read(f);
        f.finish();
        if (number == null || title == null || problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new AgendaItem(number, f.position(), title, List.copyOf(documents), List.copyOf(appendices),
                decision, exempt));
    }
}

package org.committeepapers.model;

import java.util.List;
import java.util.Map;
import org.committeepapers.problem.SourceFile;

/**
 * One business case, from one Markdown file with YAML front matter.
 *
 * @param slug         the file name without {@code .md}; also its web address within the paper
 * @param title        the heading printed above the case
 * @param shortTitle   the title in the summary table and contents
 * @param amount       how the summary "Amount £000" is computed
 * @param date         the date of the case's version, or null when its format has none
 * @param tables       tables placed in the text, by id, in the order declared
 * @param narrative    the free text of formats without fixed sections; in question-led formats, the
 *                     header's text before the first question (often empty)
 * @param answers      the answers of question-led formats, in the format's order
 * @param corrections  figures an earlier printed version got wrong, printed as correction notes
 */
public record Proposal(String slug, SourceFile file, ProposalFormat format, String title, String shortTitle,
        String category, Amount amount, List<Expectation> expectations, List<BpReference> bpReferences,
        DateOrText date, Map<String, Table> tables, Header header, Narrative narrative, List<Answer> answers,
        List<Correction> corrections) {

    public static final List<String> EQIA_ANSWERS = List.of("Yes", "No", "Not applicable");

    /**
     * Every prose field outside the Markdown, in which figures may be written: the header's texts, headline
     * labels, benefits, impacts, and each table's caption and text cells.
     */
    public List<Text> prose() {
        java.util.ArrayList<Text> all = new java.util.ArrayList<>(header.texts());
        tables.values().forEach(t -> all.addAll(t.texts()));
        return all;
    }

    /** The main text and every answer, for checks and figures that apply to all text alike. */
    public List<Narrative> texts() {
        java.util.ArrayList<Narrative> all = new java.util.ArrayList<>();
        all.add(narrative);
        answers.forEach(a -> all.add(a.narrative()));
        return all;
    }
}

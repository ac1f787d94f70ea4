package org.committeepapers.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.Pack;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.Excerpt;

/**
 * Reads one pack file, {@code content/packs/<pack>.yaml}: a title, the agenda item number its sections hang
 * from, and committees, each with lettered sections listing whole papers ({@code papers:}) or single cases
 * ({@code cases:}, written {@code paper/case}). A paper listed whole stands for all its cases, in order.
 *
 * <p>Whether the committees, papers and cases exist, and whether a case is listed twice, is checked by
 * {@link CrossReferences} once every paper is read.
 */
final class PackReader {
    private final YamlReader yaml;
    private final Path root;

    /** @param root the content folder, which every file read must lie inside */
    PackReader(YamlReader yaml, Path root) {
        this.yaml = yaml;
        this.root = root;
    }

    /** @param committees the ids in site.yaml, or null when site.yaml could not be read */
    Optional<Pack> read(Path file, List<String> committees, Problems problems) {
        Optional<Fields> maybe = yaml.readMapping(file, root, "a pack", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String title = f.requiredText("title", "Business Cases");
        LocalDate date = f.requiredDate("date");
        YamlNode itemNode = f.required("item", "4");
        Integer item = itemNode == null ? null : Numbers.wholeNumber(f, itemNode, "item");
        Text introduction = f.optionalFigureText("introduction");
        List<Pack.PackCommittee> parts = f.mappings("committees", "a committee of the pack",
                c -> committee(c, committees));
        if (f.list("committees").isEmpty()) {
            f.required("committees", "a list of '- committee: <id>' entries, each with its 'sections:'");
        }
        f.finish();
        // Kept despite other mistakes, so the cross-reference checks report theirs in the same run.
        if (title == null || date == null || item == null) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        return Optional.of(new Pack(name.substring(0, name.lastIndexOf('.')), f.position(), title, date, item,
                introduction, parts));
    }

    private Pack.PackCommittee committee(Fields f, List<String> committees) {
        String id = f.requiredText("committee", "adults-and-health");
        CrossReferences.checkCommittee(f, id, committees);
        List<Pack.PackSection> sections = f.mappings("sections", "a section", this::section);
        if (f.list("sections").isEmpty()) {
            f.required("sections", "a list of sections, each with 'letter:', 'title:' and 'papers:' or 'cases:'");
        }
        f.finish();
        return new Pack.PackCommittee(id, f.position(), sections);
    }

    private Pack.PackSection section(Fields f) {
        YamlNode letterNode = f.required("letter", "a");
        String letter = letterNode == null ? null : f.text(letterNode, "letter");
        if (letter != null && !letter.matches("[a-z]{1,2}")) {
            f.problems().error(letterNode.position(), "a section letter must be one or two small letters, but found '"
                    + letter + "'", "write e.g. 'letter: a'; the pack's item number is added in front when printed");
        }
        Text title = f.requiredFigureText("title", "Savings");
        List<Pack.PackEntry> entries = new ArrayList<>();
        for (YamlNode node : f.list("papers")) {
            String paper = f.text(node, "papers");
            if (paper != null) {
                entries.add(new Pack.PackEntry(paper, null, false, node.position()));
            }
        }
        for (YamlNode node : f.list("cases")) {
            caseEntry(f, node).ifPresent(entries::add);
        }
        if (f.list("papers").isEmpty() && f.list("cases").isEmpty()) {
            f.required("papers", "a list of paper folder names (or 'cases:' listing paper/case)");
        }
        org.committeepapers.model.Exempt exempt = ExemptReader.read(f);
        f.finish();
        return new Pack.PackSection(letter, f.position(), title, entries, exempt);
    }

    /** A case: {@code paper/case}, or a mapping {@code {case: paper/case, joint: true}}. */
    private Optional<Pack.PackEntry> caseEntry(Fields section, YamlNode node) {
        String reference;
        boolean joint = false;
        if (node instanceof YamlNode.Mapping) {
            Optional<Fields> maybe = section.nested(node, "a case");
            Fields f = maybe.orElseThrow();
            reference = f.requiredText("case", "adults-and-health-business-cases/reablement");
            joint = "true".equals(f.optionalChoice("joint", List.of("true", "false")));
            f.finish();
        } else {
            reference = section.text(node, "cases");
        }
        if (reference == null) {
            return Optional.empty();
        }
        int slash = reference.indexOf('/');
        if (slash <= 0 || slash == reference.length() - 1 || reference.indexOf('/', slash + 1) >= 0) {
            section.problems().error(node.position(), "a case is written as paper/case, but found '" + Excerpt.of(reference) + "'",
                    "write the paper's folder name, a slash, and the case's file name without .md");
            return Optional.empty();
        }
        return Optional.of(new Pack.PackEntry(reference.substring(0, slash), reference.substring(slash + 1), joint,
                node.position()));
    }
}

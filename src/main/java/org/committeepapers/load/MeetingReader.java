package org.committeepapers.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Text;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.names.Slugs;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * Reads one meeting folder:
 * <pre>
 * content/meetings/&lt;meeting&gt;/meeting.yaml   committee, date, time, venue and the numbered agenda
 * content/meetings/&lt;meeting&gt;/&lt;report&gt;.md    the report an item carries, named by the item's 'report:'
 * </pre>
 * References to committees and papers are checked later, by {@link CrossReferences}, once everything is read.
 */
final class MeetingReader {
    private final YamlReader yaml;
    private final Path root;

    /** @param root the content folder, which every file read must lie inside */
    MeetingReader(YamlReader yaml, Path root) {
        this.yaml = yaml;
        this.root = root;
    }

    /** @param committees the ids in site.yaml, or null when site.yaml could not be read */
    Optional<Meeting> read(Path dir, List<String> committees, Problems problems) {
        Path file = dir.resolve("meeting.yaml");
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            problems.error(SourceFile.of(dir, "").start(), "the meeting folder has no meeting.yaml",
                    "add a meeting.yaml (copy one from another meeting), or move the folder out of meetings/");
            return Optional.empty();
        }
        Optional<Fields> maybe = yaml.readMapping(file, root, "meeting.yaml", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String committee = f.requiredText("committee", "adults-and-health");
        CrossReferences.checkCommittee(f, committee, committees);
        LocalDate date = f.requiredDate("date");
        String time = f.requiredText("time", "\"10:00am\"");
        Text venue = f.requiredFigureText("venue", "Red Kite Room, New Shire Hall, Alconbury Weald");
        Text introduction = f.optionalFigureText("introduction");
        List<YamlNode> itemNodes = f.list("items");
        if (itemNodes.isEmpty()) {
            f.required("items", "a list of agenda items, each with 'number:' and 'title:'");
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < itemNodes.size(); i++) {
            int expected = i + 1;
            f.nested(itemNodes.get(i), "an agenda item").flatMap(item -> item(dir, item, expected, problems))
                    .ifPresent(items::add);
        }
        f.finish();
        if (committee == null || date == null || time == null || venue == null || items.size() != itemNodes.size()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(dir.getFileName().toString(), f.position(), committee, date, time, venue,
                introduction, List.copyOf(items)));
    }

    /** One item; {@code expected} is the number it must carry, so items run 1, 2, 3 … in the order written. */
    private Optional<AgendaItem> item(Path dir, Fields f, int expected, Problems problems) {
        YamlNode numberNode = f.required("number", String.valueOf(expected));
        Integer number = numberNode == null ? null : Numbers.wholeNumber(f, numberNode, "number");
        if (number != null && number != expected) {
            problems.error(numberNode.position(), "agenda items must be numbered 1, 2, 3 … in the order they are "
                    + "written, but item " + number + " comes where item " + expected + " should be",
                    "renumber the items, or move this one to its place in the list");
            number = null;
        }
        Text title = f.requiredFigureText("title", "Apologies for absence and declarations of interest");
        Text report = null;
        SourceFile reportFile = null;
        Optional<YamlNode> reportNode = f.node("report");
        if (reportNode.isPresent()) {
            String name = f.text(reportNode.get(), "report");
            if (name != null && Slugs.checkAddress(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name,
                    "a report file", ".md", reportNode.get().position(), problems)) {
                Path path = dir.resolve(name.endsWith(".md") ? name : name + ".md").normalize();
                if (!path.getParent().equals(dir.normalize()) || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    problems.error(reportNode.get().position(), "there is no report file " + path.getFileName()
                            + " in " + dir, DidYouMean.hint(name, markdownFiles(dir)));
                } else {
                    reportFile = SourceReader.read(path, root, problems).orElse(null);
                    report = reportFile == null ? null
                            : FigureText.ofMarkdown(reportFile, reportFile.text(), 1, "a report", problems);
                }
            }
        }
        List<AgendaItem.Appendix> appendices = new ArrayList<>();
        for (YamlNode node : f.list("appendices")) {
            String paper = f.text(node, "appendices");
            if (paper != null) {
                appendices.add(new AgendaItem.Appendix(paper, node.position()));
            }
        }
        f.finish();
        if (number == null || title == null || (reportNode.isPresent() && report == null)) {
            return Optional.empty();
        }
        return Optional.of(new AgendaItem(number, f.position(), title, report, reportFile, List.copyOf(appendices)));
    }

    private static List<String> markdownFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}

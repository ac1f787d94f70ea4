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
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * Reads one meeting folder:
 * <pre>
 * content/meetings/&lt;meeting&gt;/meeting.yaml   committee, date, time, venue, the numbered agenda, minutes, supplements
 * content/meetings/&lt;meeting&gt;/&lt;file&gt;          the reports, appendices, images and minutes it names
 * </pre>
 * Items are read by {@link AgendaItemReader}. References to committees, papers and other meetings are checked
 * later, by {@link CrossReferences}, once everything is read.
 */
final class MeetingReader {
    private final YamlReader yaml;
    private final Path root;
    private final PdfMemory pdfs;

    /**
     * @param root the content folder, which every file read must lie inside
     * @param pdfs the PDFs prepared by earlier loads, or null to prepare each one
     */
    MeetingReader(YamlReader yaml, Path root, PdfMemory pdfs) {
        this.yaml = yaml;
        this.root = root;
        this.pdfs = pdfs;
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
        int before = problems.errorCount();
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
            f.nested(itemNodes.get(i), "an agenda item")
                    .flatMap(item -> AgendaItemReader.read(dir, root, pdfs, yaml.memory(), item, expected, problems)).ifPresent(items::add);
        }
        Meeting.Minutes minutes = f.node("minutes").flatMap(n -> f.nested(n, "'minutes'"))
                .map(m -> minutes(dir, m, problems)).orElse(null);
        List<Meeting.Supplement> supplements = new ArrayList<>();
        List<YamlNode> supplementNodes = f.list("supplements");
        for (int i = 0; i < supplementNodes.size(); i++) {
            int number = i + 1;
            f.nested(supplementNodes.get(i), "a supplement")
                    .flatMap(s -> supplement(dir, s, number, itemNodes.size(), date, problems)).ifPresent(supplements::add);
        }
        f.finish();
        if (problems.errorCount() > before || committee == null || date == null || time == null || venue == null
                || items.size() != itemNodes.size()) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(dir.getFileName().toString(), f.position(), committee, date, time, venue,
                introduction, List.copyOf(items), minutes, List.copyOf(supplements)));
    }

    /** {@code minutes: { file: minutes.md, status: approved, approved_at: adults-and-health-2024-03-07 }} */
    private Meeting.Minutes minutes(Path dir, Fields m, Problems problems) {
        String file = m.requiredText("file", "minutes.md");
        String status = m.requiredChoice("status", List.of("draft", "approved"));
        Optional<YamlNode> approvedAt = m.node("approved_at");
        String at = approvedAt.map(n -> m.text(n, "approved_at")).orElse(null);
        m.finish();
        if ("approved".equals(status) && approvedAt.isEmpty()) {
            m.required("approved_at", "the folder name of the meeting that approved them");
        }
        if ("draft".equals(status) && approvedAt.isPresent()) {
            problems.error(approvedAt.get().position(), "draft minutes cannot have been approved",
                    "write 'status: approved' once the next meeting has approved them, or remove 'approved_at'");
        }
        if (file == null || status == null) {
            return null;
        }
        return AttachmentReader.read(dir, root, pdfs, yaml.memory(), file, "Minutes", null, m.node("file").orElseThrow().position(), problems)
                .map(document -> new Meeting.Minutes(document, status.equals("approved"), at,
                        approvedAt.map(YamlNode::position).orElse(null)))
                .orElse(null);
    }

    /**
     * A supplementary agenda. Each of its items updates an item of the agenda (same number, e.g. an updated
     * appendix) or is a late item continuing the agenda's numbering, in order.
     */
    private Optional<Meeting.Supplement> supplement(Path dir, Fields s, int number, int agendaItems,
            LocalDate meetingDate, Problems problems) {
        int before = problems.errorCount();
        LocalDate date = s.requiredDate("date");
        Text title = s.node("title").map(n -> s.figureText(n, "title")).orElse(Text.literal("Supplementary agenda " + number));
        List<AgendaItem> items = new ArrayList<>();
        int next = agendaItems + 1;
        for (YamlNode node : s.list("items")) {
            Optional<AgendaItem> item = s.nested(node, "a supplement's item")
                    .flatMap(f -> AgendaItemReader.read(dir, root, pdfs, yaml.memory(), f, null, problems));
            if (item.isEmpty()) {
                continue;
            }
            int n = item.get().number();
            if (n == next) {
                next++;
            } else if (n < 1 || n > agendaItems) {
                problems.error(item.get().position(), "a supplement's item must update an item of the agenda (1 to "
                        + agendaItems + ") or be a late item numbered " + next + ", but it is numbered " + n,
                        "number late items after the last item of the agenda, in order: " + next + ", " + (next + 1) + ", …");
                continue;
            }
            items.add(item.get());
        }
        if (s.list("items").isEmpty()) {
            s.required("items", "the late items, each with 'number:' and 'title:'");
        }
        s.finish();
        if (date != null && meetingDate != null && date.isAfter(meetingDate)) {
            problems.error(s.node("date").orElseThrow().position(), "the supplement is dated " + date
                    + ", after the meeting of " + meetingDate, "a supplementary agenda is published before the meeting");
        }
        if (problems.errorCount() > before || date == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting.Supplement(number, s.position(), date, title, List.copyOf(items)));
    }
}

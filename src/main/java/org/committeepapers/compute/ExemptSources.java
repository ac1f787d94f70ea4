package org.committeepapers.compute;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Attachment;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Paper;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Where exempt information is written: its files (an exempt paper's, an exempt case's, an exempt item's or
 * document's) and the lines that name an exempt item or document. A warning located there would give the exempt
 * information away (a case's file name is often its subject), so the public build report leaves it out.
 */
public final class ExemptSources {
    private final Set<String> files = new HashSet<>();
    private final Set<String> lines = new HashSet<>();

    private ExemptSources() {
    }

    /** The exempt sources of the whole site, before {@link Redaction} takes them out. */
    public static ExemptSources of(ComputedSite full) {
        ExemptSources exempt = new ExemptSources();
        for (ComputedPaper computed : full.papers()) {
            Paper paper = computed.paper();
            if (paper.exempt() != null) {
                exempt.files.add(name(paper.position().file()));
            }
            paper.proposals().stream().filter(p -> paper.exempt() != null || paper.exemptCases().containsKey(p.slug()))
                    .forEach(p -> exempt.files.add(name(p.file())));
        }
        for (Meeting meeting : full.site().meetings()) {
            exempt.items(meeting.allItems());
        }
        return exempt;
    }

    /** Whether a problem is located in exempt information. */
    public boolean holds(Problem problem) {
        SourcePosition at = problem.position();
        String file = name(at.file());
        return files.contains(file) || lines.contains(file + ":" + at.line());
    }

    private void items(List<AgendaItem> items) {
        for (AgendaItem item : items) {
            if (item.exempt() != null) {
                line(item.position());
            }
            for (Attachment document : item.documents()) {
                if (item.exempt() != null || document.exempt() != null) {
                    line(document.position());
                    if (document.source() != null) {
                        files.add(name(document.source()));
                    }
                }
            }
        }
    }

    private void line(SourcePosition at) {
        lines.add(name(at.file()) + ":" + at.line());
    }

    /** Files by the name errors give them: the same for every read of a file in one run. */
    private static String name(SourceFile file) {
        return file.displayName();
    }
}

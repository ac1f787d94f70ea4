package org.committeepapers.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every link between README.md and the docs/ pages leads somewhere: the file exists and, for a link to
 * {@code #a-heading}, a heading with that anchor (as GitHub makes them) or an {@code <a id>} is there.
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern ID = Pattern.compile("<a id=\"([^\"]+)\">");

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static Set<String> anchors(Path doc) throws IOException {
        String text = withoutCode(Files.readString(doc));
        Set<String> anchors = new HashSet<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            anchors.add(anchor(h.group(1)));
        }
        Matcher id = ID.matcher(text);
        while (id.find()) {
            anchors.add(id.group(1));
        }
        return anchors;
    }

    /** The text without fenced code blocks, whose lines are not headings. */
    private static String withoutCode(String text) {
        return text.replaceAll("(?ms)^```.*?^```", "");
    }

    /** The text without code blocks and code spans, whose brackets are not links. */
    private static String withoutAnyCode(String text) {
        return withoutCode(text).replaceAll("`[^`\n]*`", "");
    }

    @Test
    void everyLinkBetweenTheDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : DocsExamplesTest.documents()) {
            Matcher link = LINK.matcher(withoutAnyCode(Files.readString(doc)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto: — not ours to check here
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path to = file.isEmpty() ? doc : doc.resolveSibling(file).normalize();
                if (!Files.exists(to)) {
                    broken.add(doc + ": " + target + " (no such file)");
                } else if (target.contains("#") && to.toString().endsWith(".md")
                        && !anchors(to).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(doc + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}

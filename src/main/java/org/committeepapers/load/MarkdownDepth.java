package org.committeepapers.load;

/**
 * Bounds how deeply Markdown nests before it is parsed. flexmark parses and renders quotes, lists and
 * emphasis recursively, so {@code >} written 10,000 times overflows the stack; no real paper nests more than
 * a few levels. The measure is conservative and works on the text alone: per line, the quote and list
 * markers it opens with plus its indentation in pairs of spaces; per paragraph, the emphasis markers
 * ({@code *}, {@code _}) opened and not yet closed.
 */
public final class MarkdownDepth {
    /** Deeper than any paper needs; flexmark manages a few hundred levels on the smallest thread stacks. */
    public static final int MAX = 50;

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>");
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");

    private MarkdownDepth() {
    }

    /**
     * Where {@code text} first nests deeper than {@link #MAX}: {@code {line, column}}, the line counted from 0
     * within the text and the column from 1; null when it does not.
     */
    public static int[] tooDeep(String text) {
        if (text.length() < MAX) {
            return null;
        }
        int emphasis = 0;
        int html = 0;
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, end < 0 ? text.length() : end);
            if (line.isBlank()) {
                emphasis = 0;
            } else {
                // Most lines hold no tag: the pattern is matched only on those that may.
                java.util.regex.Matcher tag = TAG.matcher(line.indexOf('<') < 0 ? "" : line);
                while (tag.find()) {
                    if (VOID.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT)) || !tag.group(3).isEmpty()) {
                        continue;
                    }
                    html = tag.group(1).isEmpty() ? html + 1 : Math.max(0, html - 1);
                    if (html > MAX) {
                        return new int[] {lineNumber, tag.start() + 1};
                    }
                }
                int[] deep = containers(line);
                int from = deep == null ? 0 : deep[1];
                if (deep != null && deep[0] > MAX) {
                    return new int[] {lineNumber, deep[1] + 1};
                }
                for (int j = from; j < line.length(); j++) {
                    char c = line.charAt(j);
                    if (c != '*' && c != '_') {
                        continue;
                    }
                    int k = j;
                    while (k < line.length() && line.charAt(k) == c) {
                        k++;
                    }
                    boolean spaceBefore = j == 0 || Character.isWhitespace(line.charAt(j - 1));
                    boolean spaceAfter = k == line.length() || Character.isWhitespace(line.charAt(k));
                    if (spaceBefore && !spaceAfter) {
                        emphasis += k - j;
                    } else if (!spaceBefore) {
                        emphasis = Math.max(0, emphasis - (k - j));
                    }
                    if (emphasis > MAX) {
                        return new int[] {lineNumber, j + 1};
                    }
                    j = k - 1;
                }
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            lineNumber++;
        }
        return null;
    }

    /** The nesting a line opens with and where its text starts: {@code {depth, index}}; null for a rule (---, * * *). */
    private static int[] containers(String line) {
        String opening = line.stripLeading();
        if (!opening.isEmpty() && "-*_".indexOf(opening.charAt(0)) >= 0) {
            String bare = line.replace(" ", "").replace("\t", "");
            if (bare.length() >= 3 && bare.chars().allMatch(ch -> ch == bare.charAt(0))) {
                return null;
            }
        }
        int markers = 0;
        int columns = 0;
        int j = 0;
        while (j < line.length() && markers + columns / 2 <= MAX) {
            char c = line.charAt(j);
            boolean spaceNext = j + 1 < line.length() && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t');
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>' || (c == '-' || c == '*' || c == '+') && spaceNext) {
                markers++;
            } else if (Character.isDigit(c)) {
                int k = j;
                while (k < line.length() && k - j < 9 && Character.isDigit(line.charAt(k))) {
                    k++;
                }
                boolean marker = k + 1 < line.length() && (line.charAt(k) == '.' || line.charAt(k) == ')')
                        && line.charAt(k + 1) == ' ';
                if (!marker) {
                    break;
                }
                markers++;
                j = k;
            } else {
                break;
            }
            j++;
        }
        return new int[] {markers + columns / 2, j};
    }
}

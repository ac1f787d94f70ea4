package org.committeepapers.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short excerpts of an author's values for messages: a message quotes at most {@value #MAX} characters of a
 * value (a 50,000-character title, a pasted paragraph, a key made of a whole line), then an ellipsis, so that
 * the message stays one readable line and the mistake is still recognisable.
 */
public final class Excerpt {
    /** The most characters of one value a message quotes. */
    public static final int MAX = 60;
    /** The most characters of a whole message or hint, whatever it quotes. */
    static final int MAX_MESSAGE = 600;

    /**
     * A quoted value: its opening quote follows a space, bracket or the start, and the text starts and ends
     * with a non-space (so the words between two quoted values are never taken for one).
     */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\w'\"])'(?=\\S)([^'\\n]{" + (MAX + 1) + ",}?)(?<=\\S)'(?![\\w])"
            + "|(?<![\\w'\"])\"(?=\\S)([^\"\\n]{" + (MAX + 1) + ",}?)(?<=\\S)\"(?![\\w])");

    private Excerpt() {
    }

    /** {@code value} if it is short, else its first {@value #MAX} characters and "…". */
    public static String of(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX)) + "…";
    }

    /**
     * A message with every quoted value longer than {@value #MAX} characters cut to an excerpt, and the whole
     * cut to {@value #MAX_MESSAGE} characters: the net under every message, for values a reader quoted in full.
     */
    public static String shortened(String message) {
        if (message == null || message.length() <= MAX + 2) {
            return message;
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String quote = m.group(1) != null ? "'" : "\"";
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(quote + of(value) + quote));
        }
        m.appendTail(out);
        return capped(out.toString());
    }

    /** {@code text} cut to {@value #MAX_MESSAGE} characters (a hint, whose examples are the tool's own). */
    public static String capped(String text) {
        return text == null || text.codePointCount(0, text.length()) <= MAX_MESSAGE ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_MESSAGE)) + "…";
    }
}

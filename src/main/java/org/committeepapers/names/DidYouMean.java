package org.committeepapers.names;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.committeepapers.problem.Excerpt;

/** Suggests the closest known name for a misspelt one, as compilers and git do. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate closest to {@code wrong}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String target = wrong.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, target.length() / 3);
        // A name far longer or shorter than the wrong one cannot be close: skip it before measuring.
        return candidates.stream()
                .filter(c -> Math.abs(c.length() - target.length()) <= allowed)
                .min(Comparator.comparingInt(c -> distance(target, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(target, c.toLowerCase(Locale.ROOT)) <= allowed);
    }

    /** The most names a hint lists when none is close. */
    static final int MAX_LISTED = 12;

    /** "did you mean 'x'?" or a list of the allowed names (the first {@value #MAX_LISTED}) when none is close. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + Excerpt.of(c) + "'?")
                .orElse(candidates.isEmpty() ? null : "expected one of: " + listed(candidates));
    }

    /** The names, each cut to an excerpt, at most {@value #MAX_LISTED} of them and then how many more. */
    public static String listed(Collection<String> names) {
        List<String> shown = names.stream().limit(MAX_LISTED).map(Excerpt::of).toList();
        return String.join(", ", shown) + (names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "");
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package org.committeepapers.names;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, as compilers and git do. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The candidate closest to {@code wrong}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String target = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(target, c.toLowerCase(Locale.ROOT))))
                .filter(c -> distance(target, c.toLowerCase(Locale.ROOT)) <= Math.max(2, target.length() / 3));
    }

    /** "did you mean 'x'?" or a list of the allowed names when none is close. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?")
                .orElse(candidates.isEmpty() ? null : "expected one of: " + String.join(", ", candidates));
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

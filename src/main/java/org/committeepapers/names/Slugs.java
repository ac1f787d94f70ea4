package org.committeepapers.names;

import java.text.Normalizer;
import java.util.Locale;

/** Turns labels into the lower-case, hyphenated names used in figure references and web addresses. */
public final class Slugs {
    private Slugs() {
    }

    /** "Just Transition fund" → "just-transition-fund". */
    public static String of(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "row" : slug;
    }
}

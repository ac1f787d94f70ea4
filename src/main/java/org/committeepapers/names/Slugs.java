package org.committeepapers.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/** Turns labels into the lower-case, hyphenated names used in figure references and web addresses. */
public final class Slugs {
    private static final Pattern ADDRESS = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private Slugs() {
    }

    /** "Just Transition fund" → "just-transition-fund". */
    public static String of(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 100 ? slug.substring(0, 100).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "row" : slug;
    }

    /**
     * Whether {@code name} may be used in a web address as it is: small letters, digits and hyphens, not
     * starting with a hyphen, at most 100 characters. Nothing else (no colon, slash, dot, space or capital)
     * can then turn a link into a script ({@code javascript:…}), leave the site, or differ only in case.
     */
    public static boolean isAddress(String name) {
        return name != null && ADDRESS.matcher(name).matches();
    }

    /**
     * Reports at {@code at} a name that cannot be a web address, suggesting the slug to use;
     * {@code what} says what it names (e.g. "a paper folder"), {@code suffix} is added to the suggestion
     * (e.g. ".md").
     *
     * @return whether the name is fine
     */
    public static boolean checkAddress(String name, String what, String suffix, SourcePosition at, Problems problems) {
        if (isAddress(name)) {
            return true;
        }
        problems.error(at, "the name of " + what + " becomes part of a web address, so it may use only small "
                + "letters, digits and hyphens (not starting with a hyphen, at most 100 characters), but it is '"
                + name + "'", "rename it '" + of(name) + suffix + "'");
        return false;
    }
}

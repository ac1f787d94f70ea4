package org.committeepapers.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What site.yaml says for the public pages beyond the papers: the date the site is built as of (null for the
 * default rule, see {@code SiteDate}) and the accessibility statement's facts.
 */
public record PublicInfo(LocalDate asOf, Accessibility accessibility) {
    public static final PublicInfo DEFAULT = new PublicInfo(null, Accessibility.DEFAULT);

    /**
     * The facts of the accessibility statement, after the GOV.UK model statement. Null fields take defaults
     * when the statement is written: {@code contact} the first clerk's email, dates the site's date.
     *
     * @param compliance   full, partial or not (compliant with WCAG 2.2 AA)
     * @param nation       england, scotland, wales or northern-ireland: who enforces (EHRC, or ECNI)
     * @param nonAccessible content known not to meet the standard, one sentence each
     */
    public record Accessibility(String contact, String phone, LocalDate prepared, LocalDate lastReviewed,
            String compliance, String nation, List<String> nonAccessible) {
        public static final Accessibility DEFAULT = new Accessibility(null, null, null, null, "full", "england", List.of());
    }
}

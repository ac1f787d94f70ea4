package org.committeepapers.model;

import java.util.List;

/**
 * Everything under {@code content/}: the organisation, its policy for figures, its papers, the meetings they
 * are appended to, and the packs that bring them together in print; {@code rules} says what its figures
 * mean (categories and their signs, words for figures not yet costed), and {@code about} what the public
 * pages need (the date the site is as of, the accessibility statement).
 */
public record Site(String council, String title, String language, List<Committee> committees,
        FormatPolicy format, List<Paper> papers, List<Meeting> meetings, List<Pack> packs, FigureRules rules,
        PublicInfo about) {

    public Site(String council, String title, String language, List<Committee> committees, FormatPolicy format,
            List<Paper> papers, List<Meeting> meetings, List<Pack> packs) {
        this(council, title, language, committees, format, papers, meetings, packs, FigureRules.DEFAULT,
                PublicInfo.DEFAULT);
    }

    public Committee committee(String id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}

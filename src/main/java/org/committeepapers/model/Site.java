package org.committeepapers.model;

import java.util.List;

/**
 * Everything under {@code content/}: the organisation, its policy for figures, its papers, the meetings they
 * are appended to, and the packs that bring them together in print.
 */
public record Site(String council, String title, String language, List<Committee> committees,
        FormatPolicy format, List<Paper> papers, List<Meeting> meetings, List<Pack> packs, PublicInfo about) {

    public Site(String council, String title, String language, List<Committee> committees, FormatPolicy format,
            List<Paper> papers, List<Meeting> meetings, List<Pack> packs) {
        this(council, title, language, committees, format, papers, meetings, packs, PublicInfo.DEFAULT);
    }

    public Committee committee(String id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}

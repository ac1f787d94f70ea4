package org.committeepapers.model;

import java.util.List;

/** Everything under {@code content/}: the organisation, its policy for figures, and its papers. */
public record Site(String council, String title, String language, List<Committee> committees,
        FormatPolicy format, List<Paper> papers) {

    public Committee committee(String id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}

package org.committeepapers.load;

import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/** The one warning for a cell whose figure is not yet known: the build goes on, {@code --strict} stops. */
final class NotCosted {
    private NotCosted() {
    }

    static void warn(Problems problems, SourcePosition at, String marker) {
        problems.warning(at, "'" + marker + "' stands in for a figure not yet costed, so the totals leave it out",
                "put the figure in when it is known; until then the total says how many cells it excludes");
    }
}

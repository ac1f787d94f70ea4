package org.committeepapers.compute;

import org.committeepapers.model.Correction;
import org.committeepapers.model.Figure;

/** A recorded correction with the figure as computed: "printed X, computed Y, because …". */
public record CorrectionNote(Correction correction, Figure computed) {

    /** For the build's output and report: "schemes.total.investment was printed as 3,324; computed 3,234 (…)". */
    public String summary() {
        return correction.figure() + " was printed as " + ConsistencyChecks.plain(correction.printed()) + "; computed "
                + ConsistencyChecks.plain(computed.value()) + " (" + correction.reason() + ")";
    }
}

package org.committeepapers.compute;

import org.committeepapers.model.Correction;
import org.committeepapers.model.Figure;

/** A recorded correction with the figure as computed: "printed X, computed Y, because …". */
public record CorrectionNote(Correction correction, Figure computed) {
}

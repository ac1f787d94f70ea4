package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/** Adds up cells, where empty cells count as nothing and a sum of only empty cells stays empty. */
final class Sums {
    private Sums() {
    }

    static BigDecimal of(Stream<BigDecimal> values) {
        return values.filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}

package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.committeepapers.model.Correction;

/**
 * Reads {@code corrections:}, figures that a document published earlier printed wrongly:
 * {@code - { figure: schemes.total.investment, printed: 3324, reason: "transposition in the printed draft" }}.
 * Whether the figure exists and really differs is checked when it is computed.
 */
final class Corrections {
    private Corrections() {
    }

    static List<Correction> read(Fields parent) {
        return parent.mappings("corrections", "a correction", c -> {
            YamlNode figure = c.required("figure", "schemes.total.investment");
            YamlNode printed = c.required("printed", "3324");
            String reason = c.requiredText("reason", "transposition in the printed draft");
            c.finish();
            String name = figure == null ? null : c.text(figure, "figure");
            BigDecimal value = printed == null ? null : c.number(printed, "printed");
            if (name == null || value == null || reason == null) {
                return null;
            }
            return new Correction(name, figure.position(), value, printed.position(), reason);
        }).stream().filter(Objects::nonNull).toList();
    }
}

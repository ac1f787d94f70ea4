package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.Expectation;

/** Reads {@code expect:}, a mapping from figure name to the figure the author states as a check. */
final class Expectations {
    private Expectations() {
    }

    static List<Expectation> read(Fields parent) {
        List<Expectation> out = new ArrayList<>();
        parent.declareMapping("expect", "expect"); // the same in a paper and in every format of business case
        Optional<Fields> expect = parent.node("expect").flatMap(n -> parent.nested(n, "'expect'", "expect"));
        expect.ifPresent(e -> {
            // The keys are figure names, data rather than fields: the schema takes any name, as the build does.
            for (YamlNode.Entry entry : e.dataEntries("^\\S+$")) {
                BigDecimal stated = e.number(entry.value(), entry.key());
                if (stated != null) {
                    out.add(new Expectation(entry.key(), entry.keyPosition(), stated, entry.value().position()));
                }
            }
        });
        return out;
    }
}

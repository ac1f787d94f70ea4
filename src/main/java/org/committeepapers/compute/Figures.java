package org.committeepapers.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeepapers.model.Figure;

/** The named figures of one proposal or paper, e.g. {@code finance.total.2024-25} → −480 £000. */
public final class Figures {
    private final Map<String, Figure> byName = new LinkedHashMap<>();

    void put(String name, Figure figure) {
        byName.put(name, figure);
    }

    public Optional<Figure> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** True when the name exists but the cell behind it is empty. */
    public boolean isEmpty(String name) {
        return byName.containsKey(name) && byName.get(name) == null;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public Set<String> names() {
        return byName.keySet();
    }
}

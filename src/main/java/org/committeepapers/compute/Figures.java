package org.committeepapers.compute;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeepapers.model.Figure;

/**
 * The named figures of one proposal or paper, e.g. {@code finance.total.2024-25} → −480 £000. A set made for
 * one table row may fall back on the proposal's figures, so a derived row can use another table's cells.
 */
public final class Figures {
    private final Map<String, Figure> byName = new LinkedHashMap<>();
    private final Figures fallback;

    public Figures() {
        this(null);
    }

    /** Figures of their own, and {@code fallback}'s for any name they do not have. */
    Figures(Figures fallback) {
        this.fallback = fallback;
    }

    void put(String name, Figure figure) {
        byName.put(name, figure);
    }

    public Optional<Figure> get(String name) {
        if (!byName.containsKey(name) && fallback != null) {
            return fallback.get(name);
        }
        return Optional.ofNullable(byName.get(name));
    }

    /** True when the name exists but the cell behind it is empty. */
    public boolean isEmpty(String name) {
        if (!byName.containsKey(name)) {
            return fallback != null && fallback.isEmpty(name);
        }
        return byName.get(name) == null;
    }

    public boolean has(String name) {
        return byName.containsKey(name) || fallback != null && fallback.has(name);
    }

    public Set<String> names() {
        if (fallback == null) {
            return byName.keySet();
        }
        Set<String> all = new LinkedHashSet<>(byName.keySet());
        all.addAll(fallback.names());
        return all;
    }
}

package org.committeepapers.model;

import java.util.List;
import java.util.stream.Collectors;

/** Which of the council's numbered ambitions something serves, or "Enabler" when it enables them all. */
public record Ambitions(List<Integer> numbers, boolean enabler) {

    /** "Ambition 4", "Ambitions 4 and 5", "Ambitions 1, 2, 3 and 4" or "Enabler". */
    public String label() {
        if (enabler) {
            return "Enabler";
        }
        if (numbers.size() == 1) {
            return "Ambition " + numbers.get(0);
        }
        List<String> words = numbers.stream().map(String::valueOf).toList();
        return "Ambitions " + words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + words.get(words.size() - 1);
    }
}

package org.committeepapers.model;

import java.util.List;
import java.util.Optional;

/**
 * What a site's figures mean, from site.yaml: the categories of business case with their signs, and the
 * words allowed in a money cell whose figure is not known yet.
 *
 * @param categories the categories, in the order summaries list them
 * @param notCosted  words such as "TBC" a money cell may hold instead of a figure: left out of totals, with
 *                   a note on the total and a warning (an error under --strict)
 */
public record FigureRules(List<Category> categories, List<String> notCosted) {

    public static final List<String> DEFAULT_NOT_COSTED = List.of("TBC", "To be confirmed", "To be reviewed", "n/a");
    public static final FigureRules DEFAULT = new FigureRules(Category.BUILT_IN, DEFAULT_NOT_COSTED);

    /** The category an author's word names, by name or alias, ignoring case. */
    public Optional<Category> category(String word) {
        return categories.stream().filter(c -> c.isCalled(word)).findFirst();
    }

    /** The declared marker a cell's text is, ignoring case and surrounding space. */
    public Optional<String> notCostedMarker(String text) {
        return notCosted.stream().filter(m -> m.equalsIgnoreCase(text.strip())).findFirst();
    }

    public List<String> categoryNames() {
        return categories.stream().map(Category::name).toList();
    }
}

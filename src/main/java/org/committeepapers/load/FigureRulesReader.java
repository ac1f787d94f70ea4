package org.committeepapers.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.committeepapers.model.Category;
import org.committeepapers.model.FigureRules;

/**
 * Reads what figures mean from site.yaml:
 * <pre>
 * categories:                       # added to the built-in ones, or changing one of them
 *   - { name: Savings, sign: negative, aliases: [Saving] }
 *   - { name: Capital receipts, sign: negative }
 * not_costed_markers: [TBC, To be reviewed, n/a]
 * </pre>
 */
final class FigureRulesReader {
    private static final List<String> SIGNS = List.of("positive", "negative", "any");

    private FigureRulesReader() {
    }

    static FigureRules read(Fields site) {
        List<Category> categories = new ArrayList<>(Category.BUILT_IN);
        List<Category> declared = site.mappings("categories", "a category", c -> {
            String name = c.requiredText("name", "Savings");
            String sign = c.requiredChoice("sign", SIGNS);
            List<String> aliases = c.textList("aliases");
            c.finish();
            return name == null || sign == null ? null
                    : new Category(name, Category.Sign.valueOf(sign.toUpperCase(Locale.ROOT)), aliases);
        });
        for (Category category : declared) {
            if (category == null) {
                continue;
            }
            int existing = indexOf(categories, category);
            if (existing >= 0) {
                Category built = categories.get(existing);
                List<String> aliases = new ArrayList<>(built.aliases());
                aliases.addAll(category.aliases());
                categories.set(existing, new Category(category.name(), category.sign(), List.copyOf(aliases)));
            } else {
                categories.add(category);
            }
        }
        List<String> markers = site.node("not_costed_markers").isPresent() ? site.textList("not_costed_markers")
                : FigureRules.DEFAULT_NOT_COSTED;
        return new FigureRules(List.copyOf(categories), List.copyOf(markers));
    }

    private static int indexOf(List<Category> categories, Category declared) {
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (c.isCalled(declared.name()) || declared.aliases().stream().anyMatch(c::isCalled)) {
                return i;
            }
        }
        return -1;
    }
}

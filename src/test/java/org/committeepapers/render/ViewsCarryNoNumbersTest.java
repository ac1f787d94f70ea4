package org.committeepapers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One model of money, formatted once: what templates receive holds figures only as ready-formatted text, so a
 * template (the user's to override) cannot add, round or reformat a figure. The only numbers a view carries
 * are layout integers (a column span, an agenda item's number), and the built-in templates do arithmetic only
 * on heading levels.
 */
class ViewsCarryNoNumbersTest {
    private static final Set<String> LAYOUT_INTEGERS = Set.of("HeaderCellView.colspan", "HeaderCellView.rowspan",
            "CellView.colspan", "ItemView.number", "PrintedPageView.number");

    @Test
    void viewsHoldFiguresOnlyAsText() {
        List<String> numbers = new ArrayList<>();
        for (Class<?> view : Views.class.getDeclaredClasses()) {
            if (!view.isRecord()) {
                continue;
            }
            for (RecordComponent component : view.getRecordComponents()) {
                String name = view.getSimpleName() + "." + component.getName();
                if (isNumber(component.getGenericType()) && !LAYOUT_INTEGERS.contains(name)) {
                    numbers.add(name + ": " + component.getGenericType().getTypeName());
                }
            }
        }
        assertEquals(List.of(), numbers, "view components that are numbers rather than formatted text");
    }

    private static boolean isNumber(Type type) {
        if (type instanceof ParameterizedType p) {
            return Stream.of(p.getActualTypeArguments()).anyMatch(ViewsCarryNoNumbersTest::isNumber);
        }
        if (type instanceof Class<?> c) {
            return c.isPrimitive() && c != boolean.class || Number.class.isAssignableFrom(c)
                    || c.getName().startsWith("org.committeepapers.model.Figure") || c.getName().endsWith("Unit");
        }
        return false;
    }

    @Test
    void templatesDoArithmeticOnlyOnHeadingLevels() throws Exception {
        // Every ${...} and every <#assign>/<#local>: arithmetic or ?c on anything but layout is a figure computed
        // or formatted in a template. Joining text ("a" + b) is not arithmetic.
        Pattern expression = Pattern.compile("\\$\\{([^}]*)}|<#(?:assign|local)\\s([^>]*)>");
        Pattern arithmetic = Pattern.compile("\\s[-+*/%]\\s|\\?c\\b|\\?(?:round|floor|ceiling|string\\.)");
        Pattern layout = Pattern.compile("\\b(level|sub|q|colspan|rowspan|number)\\b|\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = expression.matcher(lines[i]);
                    while (m.find()) {
                        String inside = m.group(1) != null ? m.group(1) : m.group(2);
                        if (arithmetic.matcher(inside).find() && !layout.matcher(inside).find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "arithmetic in templates: " + found);
        assertTrue(!arithmetic.matcher("${amount + 1}").find() || !layout.matcher("amount + 1").find(),
                "the check would catch a template adding to a figure");
    }
}

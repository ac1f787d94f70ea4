package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureRules;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.Excerpt;

/** Turns scalar text into decimals, with a helpful word for the usual typing slips. */
final class Numbers {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern WITH_SEPARATORS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** The largest whole number (an item number, a paragraph) the content may write. */
    private static final int LARGEST_WHOLE = 9999;

    private Numbers() {
    }

    /** The decimal written in {@code node}, or null (reported) when it is not a plain number. */
    static BigDecimal parse(YamlNode node, String key, Problems problems) {
        return parse(node, key, null, problems);
    }

    /**
     * The decimal written in a money or count cell, or null (reported) when it is not a plain number; the
     * hint then lists the words {@code rules} allow in place of a figure not yet known.
     */
    static BigDecimal parse(YamlNode node, String key, FigureRules rules, Problems problems) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.error(node.position(), "'" + key + "' must be a number, but found " + node.describe());
            return null;
        }
        String text = scalar.text().strip().replace('\u2212', '-');
        if (PLAIN_NUMBER.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            if (!Figure.fits(value) || text.length() > Figure.MAX_DIGITS) {
                problems.error(node.position(), "'" + key + "' is " + (text.length() > 40 ? text.substring(0, 30) + "…" : text)
                        + ", which is too large or too long for a figure",
                        "figures must be smaller than " + Figure.LIMIT_TEXT + " and have at most " + Figure.MAX_DIGITS
                                + " digits; check the units (£000 or £)");
                return null;
            }
            return value;
        }
        String hint = suggestion(text);
        if (rules != null && hint.startsWith("write a plain number")) {
            hint = "write a plain number such as 1250 or -357.5, null for an empty cell, or, for a figure not yet "
                    + "known, one of the words site.yaml allows (not_costed_markers): " + String.join(", ", rules.notCosted());
        }
        problems.error(node.position(), "'" + key + "' must be a number, but found '" + Excerpt.of(scalar.text()) + "'", hint);
        return null;
    }

    /** A percentage written as 77 or 77%, or null (reported). */
    static BigDecimal percentage(YamlNode node, String key, FigureRules rules, Problems problems) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text().strip().endsWith("%")) {
            String digits = scalar.text().strip();
            YamlNode bare = new YamlNode.Scalar(node.position(), digits.substring(0, digits.length() - 1).strip(),
                    scalar.quoted(), false);
            return parse(bare, key, rules, problems);
        }
        return parse(node, key, rules, problems);
    }

    /** A whole number of at least 1 written in {@code node}, or null (reported) when it is anything else. */
    static Integer wholeNumber(Fields f, YamlNode node, String key) {
        f.wholeNumberUpTo(node, LARGEST_WHOLE);
        BigDecimal value = parse(node, key, f.problems());
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(LARGEST_WHOLE)) > 0) {
            f.problems().error(node.position(), "'" + key + "' must be a whole number from 1, but found "
                    + value.toPlainString(), "write it as e.g. 3");
            return null;
        }
        return value.intValueExact();
    }

    private static String suggestion(String text) {
        if (WITH_SEPARATORS.matcher(text).matches()) {
            return "write numbers without thousands separators: " + text.replace(",", "");
        }
        String unslipped = text.replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1');
        if (PLAIN_NUMBER.matcher(unslipped).matches()) {
            return "did you mean " + unslipped + "? (letters O/l in place of digits 0/1)";
        }
        if (text.startsWith("£") || text.endsWith("k") || text.endsWith("m")) {
            return "write the bare figure in the table's units, without £, k or m";
        }
        if (text.startsWith("(") && text.endsWith(")")) {
            return "write negative figures with a minus sign: -" + text.substring(1, text.length() - 1);
        }
        return "write a plain number such as 1250 or -357.5, or null for an empty cell";
    }
}

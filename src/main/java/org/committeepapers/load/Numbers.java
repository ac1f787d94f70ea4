package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.committeepapers.problem.Problems;

/** Turns scalar text into decimals, with a helpful word for the usual typing slips. */
final class Numbers {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern WITH_SEPARATORS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** The decimal written in {@code node}, or null (reported) when it is not a plain number. */
    static BigDecimal parse(YamlNode node, String key, Problems problems) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.error(node.position(), "'" + key + "' must be a number, but found " + node.describe());
            return null;
        }
        String text = scalar.text().strip().replace('\u2212', '-');
        if (PLAIN_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        }
        problems.error(node.position(), "'" + key + "' must be a number, but found '" + scalar.text() + "'",
                suggestion(text));
        return null;
    }

    /** A whole number of at least 1 written in {@code node}, or null (reported) when it is anything else. */
    static Integer wholeNumber(Fields f, YamlNode node, String key) {
        BigDecimal value = parse(node, key, f.problems());
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(9999)) > 0) {
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

package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.Expression;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/**
 * Parses figure expressions: names, numbers, {@code + - * /}, unary minus and brackets.
 *
 * <p>Names may contain hyphens ({@code finance.total.2024-25}), so subtraction needs spaces around the
 * minus sign: {@code a - b}.
 */
public final class ExpressionParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_][A-Za-z0-9_-]*)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** A financial year used as a name, e.g. a table column {@code 2022-23}; tried before numbers. */
    private static final Pattern YEAR_NAME = Pattern.compile("\\d{4}-\\d{2}(?![\\d.])");

    private final String text;
    private final SourcePosition start;
    private final Problems problems;
    private int index;

    private ExpressionParser(String text, SourcePosition start, Problems problems) {
        this.text = text;
        this.start = start;
        this.problems = problems;
    }

    /** Parses {@code text}, which begins at {@code start}; reports and returns empty on a syntax error. */
    public static Optional<Expression> parse(String text, SourcePosition start, Problems problems) {
        ExpressionParser parser = new ExpressionParser(text, start, problems);
        try {
            Expression result = parser.sum();
            parser.skipSpaces();
            if (parser.index < text.length()) {
                throw parser.failure("unexpected '" + text.substring(parser.index) + "'");
            }
            return Optional.of(result);
        } catch (SyntaxError e) {
            problems.error(e.at, "cannot read the figure expression '" + text.strip() + "': " + e.getMessage(),
                    "write figure names joined by + - * / with spaces around operators, e.g. "
                            + "finance.total.2024-25 + finance.total.2025-26");
            return Optional.empty();
        }
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            skipSpaces();
            if (!peekAny("+-")) {
                return left;
            }
            SourcePosition at = here();
            char op = text.charAt(index++);
            left = new Expression.Binary(at, op, left, product());
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            skipSpaces();
            if (!peekAny("*/")) {
                return left;
            }
            SourcePosition at = here();
            char op = text.charAt(index++);
            left = new Expression.Binary(at, op, left, unary());
        }
    }

    private Expression unary() {
        skipSpaces();
        SourcePosition at = here();
        if (peekAny("-")) {
            index++;
            return new Expression.Negate(at, unary());
        }
        if (peekAny("(")) {
            index++;
            Expression inner = sum();
            skipSpaces();
            if (!peekAny(")")) {
                throw failure("a ')' is missing");
            }
            index++;
            return inner;
        }
        Matcher year = YEAR_NAME.matcher(text).region(index, text.length());
        if (year.lookingAt()) {
            index = year.end();
            return new Expression.Reference(at, year.group());
        }
        Matcher number = NUMBER.matcher(text).region(index, text.length());
        if (number.lookingAt()) {
            index = number.end();
            return new Expression.Number(at, new BigDecimal(number.group()));
        }
        Matcher name = NAME.matcher(text).region(index, text.length());
        if (name.lookingAt()) {
            index = name.end();
            return new Expression.Reference(at, name.group());
        }
        throw failure(index >= text.length() ? "it ends too early" : "unexpected '" + text.charAt(index) + "'");
    }

    private boolean peekAny(String chars) {
        return index < text.length() && chars.indexOf(text.charAt(index)) >= 0;
    }

    private void skipSpaces() {
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
    }

    private SourcePosition here() {
        return new SourcePosition(start.file(), start.line(), start.column() + index);
    }

    private SyntaxError failure(String message) {
        return new SyntaxError(message, here());
    }

    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition at;

        SyntaxError(String message, SourcePosition at) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}

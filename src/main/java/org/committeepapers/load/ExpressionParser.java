package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Figure;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/**
 * Parses figure expressions: names, numbers, {@code + - * /}, unary minus and brackets.
 *
 * <p>Names may contain hyphens ({@code finance.total.2024-25}), so subtraction needs spaces around the
 * minus sign: {@code a - b}.
 *
 * <p>An expression is kept small enough to read and to evaluate without exhausting the stack: brackets and
 * minus signs nest at most {@value #MAX_NESTING} deep, and it holds at most {@value #MAX_TERMS} terms.
 */
public final class ExpressionParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_][A-Za-z0-9_-]*)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** A financial year used as a name, e.g. a table column {@code 2022-23}; tried before numbers. */
    private static final Pattern YEAR_NAME = Pattern.compile("\\d{4}-\\d{2}(?![\\d.])");
    /** Brackets and minus signs inside one another. */
    public static final int MAX_NESTING = 64;
    /** Names and numbers in one expression. */
    public static final int MAX_TERMS = 1000;

    private final String text;
    private final SourcePosition start;
    private final Problems problems;
    private int index;
    private int depth;
    private int terms;

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
            problems.error(e.at, "cannot read the figure expression '" + excerpt(text.strip()) + "': " + e.getMessage(),
                    e.hint != null ? e.hint : "write figure names joined by + - * / with spaces around operators, e.g. "
                            + "finance.total.2024-25 + finance.total.2025-26");
            return Optional.empty();
        }
    }

    /** A long expression is quoted by its start only, so one mistake does not print a page of text. */
    private static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "…";
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
            enter();
            Expression negated = new Expression.Negate(at, unary());
            depth--;
            return negated;
        }
        if (peekAny("(")) {
            index++;
            enter();
            Expression inner = sum();
            depth--;
            skipSpaces();
            if (!peekAny(")")) {
                throw failure("a ')' is missing");
            }
            index++;
            return inner;
        }
        if (++terms > MAX_TERMS) {
            throw new SyntaxError("it has more than " + MAX_TERMS + " terms", at,
                    "split it: compute part of it in a derived row or column, and refer to that");
        }
        Matcher year = YEAR_NAME.matcher(text).region(index, text.length());
        if (year.lookingAt()) {
            index = year.end();
            return new Expression.Reference(at, year.group());
        }
        Matcher number = NUMBER.matcher(text).region(index, text.length());
        if (number.lookingAt()) {
            index = number.end();
            BigDecimal value = new BigDecimal(number.group());
            if (!Figure.fits(value) || number.group().length() > Figure.MAX_DIGITS) {
                throw new SyntaxError("the number " + excerpt(number.group()) + " is too large or too long", at,
                        "figures must be smaller than " + Figure.LIMIT_TEXT + " and have at most "
                                + Figure.MAX_DIGITS + " digits");
            }
            return new Expression.Number(at, value);
        }
        Matcher name = NAME.matcher(text).region(index, text.length());
        if (name.lookingAt()) {
            index = name.end();
            return new Expression.Reference(at, name.group());
        }
        throw failure(index >= text.length() ? "it ends too early" : "unexpected '" + text.charAt(index) + "'");
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw new SyntaxError("brackets or minus signs are nested more than " + MAX_NESTING + " deep", here(),
                    "write it more simply: remove brackets that do nothing, and write a - b rather than - - a - b");
        }
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
        return new SyntaxError(message, here(), null);
    }

    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition at;
        private final String hint;

        SyntaxError(String message, SourcePosition at, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.hint = hint;
        }
    }
}

package org.committeepapers.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.committeepapers.load.ExpressionParser;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.ProblemPrinter;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private final SourceFile file = SourceFile.of(Path.of("x.md"), "");
    private final Problems problems = new Problems();
    private final Figures figures = new Figures();

    ExpressionTest() {
        figures.put("finance.jtf.2023-24", new Figure(new BigDecimal("-2320"), Unit.THOUSANDS));
        figures.put("schemes.total.investment", new Figure(new BigDecimal("3234"), Unit.THOUSANDS));
        figures.put("history.target.2020-21", new Figure(new BigDecimal("-1104287"), Unit.POUNDS));
        figures.put("cars.total.count", new Figure(new BigDecimal("26"), Unit.COUNT));
        figures.put("finance.saving.2023-24", null);
    }

    private Optional<Figure> eval(String text) {
        return ExpressionParser.parse(text, file.at(1, 1), problems)
                .flatMap(e -> new Evaluator(figures, false, problems).evaluate(e));
    }

    private String messages() {
        return ProblemPrinter.format(problems.sorted());
    }

    @Test
    void hyphenatedNamesAndSpacedOperators() {
        assertEquals(new BigDecimal("914"), eval("schemes.total.investment + finance.jtf.2023-24").orElseThrow().value());
        assertEquals(new BigDecimal("2320"), eval("-finance.jtf.2023-24").orElseThrow().value());
        assertEquals(new BigDecimal("1617"), eval("(schemes.total.investment) / 2").orElseThrow().value());
        assertEquals(Unit.THOUSANDS, eval("schemes.total.investment * 2").orElseThrow().unit());
        assertTrue(!problems.hasErrors(), messages());
    }

    @Test
    void exactDecimalArithmetic() {
        figures.put("a", new Figure(new BigDecimal("0.1"), Unit.THOUSANDS));
        figures.put("b", new Figure(new BigDecimal("0.2"), Unit.THOUSANDS));
        assertEquals(new BigDecimal("0.3"), eval("a + b").orElseThrow().value());
    }

    @Test
    void thousandsAndPoundsConvertExactly() {
        Figure sum = eval("schemes.total.investment + history.target.2020-21").orElseThrow();
        assertEquals(0, new BigDecimal("2129.713").compareTo(sum.value()), sum.toString());
        assertEquals(Unit.THOUSANDS, sum.unit());
        assertTrue(!problems.hasErrors(), messages());
    }

    @Test
    void countsAndMoneyAreNotAdded() {
        assertTrue(eval("cars.total.count - schemes.total.investment").isEmpty());
        assertTrue(messages().contains("cannot subtract figures in count and £000"), messages());
    }

    @Test
    void divisionByZeroIsAnError() {
        assertTrue(eval("schemes.total.investment / (2 - 2)").isEmpty());
        assertTrue(messages().contains("x.md:1:26: error: division by zero"), messages());
    }

    @Test
    void emptyCellsAndUnknownNamesAreReported() {
        assertTrue(eval("finance.saving.2023-24").isEmpty());
        assertTrue(messages().contains("the figure 'finance.saving.2023-24' is an empty cell"), messages());
        assertTrue(eval("schemes.totl.investment").isEmpty());
        assertTrue(messages().contains("did you mean 'schemes.total.investment'?"), messages());
    }

    @Test
    void syntaxErrorsPointAtTheColumn() {
        assertTrue(ExpressionParser.parse("a + * b", file.at(3, 10), problems).isEmpty());
        assertTrue(messages().contains("x.md:3:14: error: cannot read the figure expression 'a + * b': unexpected '*'"),
                messages());
        assertTrue(ExpressionParser.parse("(a + b", file.at(1, 1), problems).isEmpty());
        assertTrue(messages().contains("a ')' is missing"), messages());
    }

    @Test
    void expressionsAreTrees() {
        Expression e = ExpressionParser.parse("a - b * 2", file.at(1, 1), problems).orElseThrow();
        Expression.Binary minus = (Expression.Binary) e;
        assertEquals('-', minus.operator());
        assertEquals('*', ((Expression.Binary) minus.right()).operator());
    }
}

package org.committeepapers.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.committeepapers.load.ExpressionParser;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.ProblemPrinter;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.render.NumberFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit algebra, one line per rule: an expression over figures of known units, and the value and unit
 * it gives, or the error it must report. The figures: {@code k} = 1 £000, {@code p} = 341 £, {@code big} =
 * 3,234 £000, {@code n} = 26 count, {@code zero} = 0 count, {@code each} = 55.65 £ each (an allowance per
 * person), {@code r} = 0.25 ratio.
 */
class UnitAlgebraTest {
    private final SourceFile file = SourceFile.of(Path.of("x.md"), "");
    private final Problems problems = new Problems();
    private final Figures figures = new Figures();

    UnitAlgebraTest() {
        figures.put("k", new Figure(new BigDecimal("1"), Unit.THOUSANDS));
        figures.put("p", new Figure(new BigDecimal("341"), Unit.POUNDS));
        figures.put("big", new Figure(new BigDecimal("3234"), Unit.THOUSANDS));
        figures.put("n", new Figure(new BigDecimal("26"), Unit.COUNT));
        figures.put("zero", new Figure(BigDecimal.ZERO, Unit.COUNT));
        figures.put("each", new Figure(new BigDecimal("55.65"), Unit.POUNDS_EACH));
        figures.put("r", new Figure(new BigDecimal("0.25"), Unit.RATIO));
    }

    private Optional<Figure> eval(String text) {
        return ExpressionParser.parse(text, file.at(1, 1), problems)
                .flatMap(e -> new Evaluator(figures, false, problems).evaluate(e));
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = ';', textBlock = """
            k + p            ; 1.341      ; £000
            p + k            ; 1341       ; £
            p / k            ; 0.341      ; ratio
            k / p            ; 2.932551319648093841642229 ; ratio
            big / big        ; 1          ; ratio
            n / n            ; 1          ; ratio
            big * n          ; 84084      ; £000
            n * each         ; 1446.90    ; £
            each * n         ; 1446.90    ; £
            n * n            ; 676        ; count
            big / n          ; 124.384615384615384615384615 ; £000 each
            p / each         ; 6.127583108715184186882300 ; count
            r * big          ; 808.50     ; £000
            big * r          ; 808.50     ; £000
            big / r          ; 12936      ; £000
            (big - k) / k    ; 3233       ; ratio
            each - each      ; 0          ; £ each
            -p               ; -341       ; £
            2 * n            ; 52         ; count
            """)
    void unitsCombine(String expression, String value, String unit) {
        Figure result = eval(expression).orElseThrow(() -> new AssertionError(ProblemPrinter.format(problems.sorted())));
        assertEquals(0, new BigDecimal(value).compareTo(result.value()), expression + " gave " + result.value());
        assertEquals(unit, result.unit().word());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            big + n          ; x.md:1:5: error: cannot add figures in £000 and count
            n - p            ; x.md:1:3: error: cannot subtract figures in count and £
            big + r          ; x.md:1:5: error: cannot add figures in £000 and ratio
            big * big        ; x.md:1:5: error: cannot multiply a figure in £000 by one in £000
            each * big       ; x.md:1:6: error: cannot multiply a figure in £ each by one in £000
            2 / big          ; x.md:1:3: error: cannot divide a plain number by a figure in £000
            n / big          ; x.md:1:3: error: cannot divide a figure in count by one in £000
            big / zero       ; x.md:1:5: error: division by zero
            big / (n - n)    ; x.md:1:5: error: division by zero
            big * 1000000000000 ; x.md:1:5: error: the result here is over 1,000,000,000,000,000 (10^15)
            """)
    void mismatchesAreLocatedErrors(String expression, String message) {
        assertTrue(eval(expression).isEmpty(), expression);
        String printed = ProblemPrinter.format(problems.sorted());
        assertTrue(printed.contains(message), printed);
        assertTrue(printed.contains("hint: "), printed);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            p / k              ; %       ; 34%
            p / k              ; % 1dp   ; 34.1%
            p / k              ; ratio   ; 0.34
            p / k              ; ratio 3dp ; 0.341
            (k + p - k) / k    ; % 2dp   ; 34.10%
            each               ; £ 2dp   ; £55.65
            each * n           ; £       ; £1,447
            big * r            ; £m 1dp  ; £0.8m
            big / n            ; £ 2dp   ; £124,384.62
            n                  ; count   ; 26
            """)
    void formatsPrintUnitsTheirWay(String expression, String format, String printed) {
        Figure value = eval(expression).orElseThrow();
        FigureFormat chosen = FigureFormat.parse(format).orElseThrow();
        assertTrue(chosen.suits(value.unit()), format + " suits " + value.unit());
        assertEquals(printed, new NumberFormatter(FormatPolicy.DEFAULT).prose(value, chosen));
    }

    @ParameterizedTest(name = "{0} does not suit {1}")
    @CsvSource(delimiter = ';', textBlock = """
            %      ; £000
            ratio  ; count
            £k     ; ratio
            count  ; £ each
            """)
    void formatsRefuseOtherUnits(String format, String unit) {
        Unit u = java.util.Arrays.stream(Unit.values()).filter(x -> x.word().equals(unit)).findFirst().orElseThrow();
        assertTrue(!FigureFormat.parse(format).orElseThrow().suits(u));
    }
}

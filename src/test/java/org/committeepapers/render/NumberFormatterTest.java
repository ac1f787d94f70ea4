package org.committeepapers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.NegativeStyle;
import org.committeepapers.model.Unit;
import org.committeepapers.model.YearStyle;
import org.junit.jupiter.api.Test;

class NumberFormatterTest {
    private final NumberFormatter minus = new NumberFormatter(FormatPolicy.DEFAULT);
    private final NumberFormatter brackets = new NumberFormatter(
            new FormatPolicy(",", NegativeStyle.BRACKETS, "-", YearStyle.SLASH));
    private final NumberFormatter hyphen = new NumberFormatter(
            new FormatPolicy(" ", NegativeStyle.HYPHEN, "", YearStyle.HYPHEN));

    private static Figure thousands(String value) {
        return new Figure(new BigDecimal(value), Unit.THOUSANDS);
    }

    @Test
    void cellsKeepTheDecimalsAsWritten() {
        assertEquals("311.610", minus.cell(new BigDecimal("311.610")));
        assertEquals("\u22121,104,287", minus.cell(new BigDecimal("-1104287")));
        assertEquals("(976)", brackets.cell(new BigDecimal("-976")));
        assertEquals("-2 573", hyphen.cell(new BigDecimal("-2573")));
        assertEquals("0", minus.cell(BigDecimal.ZERO));
    }

    @Test
    void aFigureThatIsNotZeroNeverPrintsAsZero() {
        // £400 as £k would be "£0k": it is shown to its first significant digit instead.
        assertEquals("£0.4k", minus.prose(new Figure(new BigDecimal("400"), Unit.POUNDS), FigureFormat.K));
        assertEquals("\u2212£0.04k", minus.prose(thousands("-0.04"), FigureFormat.K));
        assertEquals("£0.001m", minus.prose(thousands("0.6"), FigureFormat.M));
        assertEquals("0.04%", minus.prose(new Figure(new BigDecimal("0.0004"), Unit.RATIO), FigureFormat.PERCENT));
        assertEquals("£0k", minus.prose(thousands("0"), FigureFormat.K), "zero itself is zero");
        assertEquals("£1k", minus.prose(thousands("0.5"), FigureFormat.K), "halves away from zero, as before");
        assertEquals("£0.5k", minus.prose(new Figure(new BigDecimal("450"), Unit.POUNDS), FigureFormat.K));
        assertEquals(true, NumberFormatter.rounds(new Figure(new BigDecimal("450"), Unit.POUNDS), FigureFormat.K));
        assertEquals(false, NumberFormatter.rounds(new Figure(new BigDecimal("400"), Unit.POUNDS), FigureFormat.K),
                "£0.4k is exact");
        assertEquals(false, NumberFormatter.rounds(thousands("3234"), FigureFormat.K));
        assertEquals(true, NumberFormatter.rounds(new Figure(new BigDecimal("0.10091"), Unit.RATIO),
                FigureFormat.parse("% 1dp").orElseThrow()));
    }

    @Test
    void roundingRulesAreWrittenOut() {
        assertEquals("£k to the nearest £1,000", RoundingNotes.rule(FigureFormat.K));
        assertEquals("£m 1dp to the nearest £100,000", RoundingNotes.rule(FigureFormat.parse("£m 1dp").orElseThrow()));
        assertEquals("£ 2dp to the nearest 1p", RoundingNotes.rule(FigureFormat.parse("£ 2dp").orElseThrow()));
        assertEquals("% to a whole percentage", RoundingNotes.rule(FigureFormat.PERCENT));
    }

    @Test
    void emptyCellsShowTheSitesNil() {
        assertEquals("\u2013", minus.cell(null));
        assertEquals("-", brackets.cell(null));
        assertEquals("", hyphen.cell(null));
    }

    @Test
    void proseForms() {
        assertEquals("£3.234m", minus.prose(thousands("3234"), FigureFormat.M));
        assertEquals("£2.320m", minus.prose(thousands("2320"), FigureFormat.M));
        assertEquals("£914k", minus.prose(thousands("914"), FigureFormat.K));
        assertEquals("£3,234,000", minus.prose(thousands("3234"), FigureFormat.POUNDS));
        assertEquals("3,234", minus.prose(thousands("3234"), FigureFormat.THOUSANDS));
        assertEquals("\u2212£560k", minus.prose(thousands("-560"), FigureFormat.K));
        assertEquals("(£560k)", brackets.prose(thousands("-560"), FigureFormat.K));
        assertEquals("26", minus.prose(new Figure(new BigDecimal("26"), Unit.COUNT), null));
    }

    @Test
    void proseRoundsHalfAwayFromZeroToTheStatedPrecision() {
        Figure pounds = new Figure(new BigDecimal("1104500"), Unit.POUNDS);
        assertEquals("£1,105k", minus.prose(pounds, FigureFormat.K));
        assertEquals("£1.105m", minus.prose(new Figure(new BigDecimal("1104500"), Unit.POUNDS), FigureFormat.M));
        assertEquals("£1.104m", minus.prose(new Figure(new BigDecimal("1104499"), Unit.POUNDS), FigureFormat.M));
        assertEquals("\u2212£1,105k", minus.prose(new Figure(new BigDecimal("-1104500"), Unit.POUNDS), FigureFormat.K));
    }
}

package org.committeepapers.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Rounding;

/**
 * The sentences that say how figures were rounded, printed only where a figure is actually shown at a lower
 * precision than it has: under a text whose quoted figures were rounded, and under a summary whose amounts
 * were rounded from pounds to £000.
 */
final class RoundingNotes {
    private RoundingNotes() {
    }

    /**
     * "Figures in the text are rounded: £k to the nearest £1,000; % to 1 decimal place. Halves are rounded away
     * from zero." Null when every figure in {@code figures} is shown exactly.
     */
    static String prose(Map<Narrative.FigureRef, Figure> figures) {
        Set<String> rules = new LinkedHashSet<>();
        for (Map.Entry<Narrative.FigureRef, Figure> entry : figures.entrySet()) {
            FigureFormat format = entry.getKey().format() != null ? entry.getKey().format()
                    : FigureFormat.defaultFor(entry.getValue().unit() == null ? org.committeepapers.model.Unit.THOUSANDS
                            : entry.getValue().unit());
            if (NumberFormatter.rounds(entry.getValue(), format)) {
                rules.add(rule(format));
            }
        }
        if (rules.isEmpty()) {
            return null;
        }
        return "Figures in the text are rounded: " + String.join("; ", rules) + ". Halves are rounded away from zero; "
                + "a figure that would round to nothing is shown to its first significant digit. Every figure is "
                + "computed from the unrounded figures.";
    }

    /** A paper's notes, then how the figures its introduction and notes quote were rounded, if they were. */
    static List<String> withProse(List<String> notes, Map<Narrative.FigureRef, Figure> figures) {
        String rounding = prose(figures);
        if (rounding == null) {
            return notes;
        }
        List<String> all = new ArrayList<>(notes);
        all.add(rounding);
        return List.copyOf(all);
    }

    /** "£k to the nearest £1,000", "% to 1 decimal place", … */
    static String rule(FigureFormat format) {
        int d = format.decimals();
        String name = format.sourceName();
        return switch (format.style()) {
            case THOUSANDS, K -> name + " to the nearest " + money(3 - d);
            case M -> name + " to the nearest " + money(6 - d);
            case POUNDS -> name + " to the nearest " + money(-d);
            case PERCENT -> name + " to " + (d == 0 ? "a whole percentage" : d + " decimal place" + (d == 1 ? "" : "s"));
            case COUNT -> name + " to " + (d == 0 ? "whole numbers" : d + " decimal place" + (d == 1 ? "" : "s"));
            case RATIO -> name + " to " + d + " decimal place" + (d == 1 ? "" : "s");
        };
    }

    /** 10^power pounds: "£1,000", "£1", "10p", "1p", "£0.001". */
    private static String money(int power) {
        if (power >= 0) {
            return "£" + String.format(Locale.ROOT, "%,d", BigDecimal.TEN.pow(power).longValueExact());
        }
        if (power >= -2) {
            return BigDecimal.TEN.pow(power + 2).intValueExact() + "p";
        }
        return "£" + BigDecimal.ONE.movePointLeft(-power).toPlainString();
    }

    /**
     * Under a summary of £000 amounts, when some were rounded from figures in pounds: names each such case with
     * its exact figure and the rule, and says the totals add up the amounts as shown. Null when none was.
     */
    static String amounts(List<ComputedProposal> proposals, NumberFormatter numbers) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (ComputedProposal p : proposals) {
            if (!p.amountRounded()) {
                continue;
            }
            Rounding rounding = p.proposal().amount().rounding();
            String rule = (rounding == null ? Rounding.NEAREST : rounding).phrase() + " £1,000";
            byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(p.proposal().shortTitle() + " ("
                    + numbers.prose(p.exactAmount(), FigureFormat.POUNDS) + ")");
        }
        if (byRule.isEmpty()) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        byRule.forEach((rule, cases) -> sentences.add("Costed in pounds and shown in £000 " + rule + ": "
                + String.join(", ", cases) + "."));
        sentences.add("Totals add up the amounts as shown, so rows and totals agree; the exact figures are in the "
                + "paper's open data (figures.csv).");
        return String.join(" ", sentences);
    }
}

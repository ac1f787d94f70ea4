package org.committeepapers.compute;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.BpReference;
import org.committeepapers.model.Expectation;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.Header;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/** Consistency checks that go beyond arithmetic; each reports with the source position to fix. */
final class ConsistencyChecks {
    private ConsistencyChecks() {
    }

    /** Every stated figure must equal the computed one exactly. */
    static void expectations(List<Expectation> expectations, Figures figures, Problems problems) {
        for (Expectation e : expectations) {
            if (!figures.has(e.figure()) && problems.unloaded().ownsFigure(e.figure())) {
                continue; // the figure's paper or case could not be read, and that is reported
            }
            if (!figures.has(e.figure())) {
                problems.error(e.figurePosition(), "'expect' names no known figure '" + e.figure() + "'",
                        DidYouMean.closest(e.figure(), figures.names()).map(c -> "did you mean '" + c + "'?").orElse(null));
                continue;
            }
            BigDecimal computed = figures.get(e.figure()).map(Figure::value).orElse(null);
            if (computed == null || computed.compareTo(e.stated()) != 0) {
                problems.error(e.statedPosition(), "stated " + plain(e.stated()) + " for " + e.figure() + " but "
                        + describe(e.figure()) + " " + (computed == null ? "is empty" : plain(computed)),
                        "check the figures it is computed from; the stated figure is only a check");
            }
        }
    }

    /** Where a computed figure comes from, for "stated X but the rows add up to Y". */
    private static String describe(String figure) {
        if (figure.equals("amount")) {
            return "the computed amount is";
        }
        if (figure.contains(".total")) {
            return "the rows add up to";
        }
        return "the computed figure is";
    }

    /** A money format for money, a count format for counts. */
    static boolean formatFits(Narrative.FigureRef ref, Figure value, Problems problems) {
        FigureFormat format = ref.format();
        if (format == null || value.unit() == null) {
            return true;
        }
        if (!format.suits(value.unit())) {
            problems.error(ref.position(), "the format '" + format.sourceName() + "' does not suit a figure in "
                    + value.unit().word(), suitableFormat(value.unit()));
            return false;
        }
        return true;
    }

    private static String suitableFormat(Unit unit) {
        return switch (unit.kind()) {
            case COUNT -> "use '| count'";
            case RATIO -> "use '| %' (a percentage, e.g. '| % 1dp') or '| ratio'";
            default -> "use a money format such as '| £k' or '| £ 2dp'";
        };
    }

    /**
     * A headline must suit its figure's unit, and when its format shows fewer digits than the figure has, the
     * author must state how it is rounded.
     */
    static boolean headlineFits(Headline headline, Figure value, Problems problems) {
        if (headline.format() == null || value.unit() == null) {
            return headline.format() != null;
        }
        if (!headline.format().suits(value.unit())) {
            problems.error(headline.position(), "the format '" + headline.format().sourceName()
                    + "' does not suit a figure in " + value.unit().word());
            return false;
        }
        if (headline.rounding() == null && losesPrecision(value, headline.format())) {
            problems.error(headline.position(), "the headline '" + headline.label().literalText() + "' shows "
                    + ConsistencyChecks.plain(value.value())
                    + " " + value.unit().word() + " as " + headline.format().sourceName()
                    + ", which drops digits, but no rounding rule is stated", "add 'round: nearest' (or up, or down)");
            return false;
        }
        return true;
    }

    /** Whether printing {@code value} in {@code format} would drop non-zero digits. */
    static boolean losesPrecision(Figure value, FigureFormat format) {
        Unit unit = value.unit();
        BigDecimal shown = switch (format.style()) {
            case K, THOUSANDS -> value.value().movePointRight(unit.powerOfTen() - 3);
            case M -> value.value().movePointRight(unit.powerOfTen() - 6);
            case POUNDS -> value.value().movePointRight(unit.powerOfTen());
            case PERCENT -> value.value().movePointRight(2);
            case COUNT, RATIO -> value.value();
        };
        return shown.stripTrailingZeros().scale() > format.decimals();
    }

    /** Each declared table is placed exactly once. */
    static void tablePlacement(Proposal proposal, Problems problems) {
        Map<String, SourcePosition> placed = new HashMap<>();
        if (proposal.header() instanceof Header.BusinessCase2022 bc) {
            bc.headerTables().forEach(id -> placed.put(id, proposal.file().start()));
        }
        for (Narrative.Segment segment : proposal.texts().stream().flatMap(t -> t.segments().stream()).toList()) {
            if (segment instanceof Narrative.TableRef ref) {
                SourcePosition earlier = placed.putIfAbsent(ref.tableId(), ref.position());
                if (earlier != null) {
                    problems.error(ref.position(), "the table '" + ref.tableId() + "' is already placed on line "
                            + earlier.line(), "place each table once");
                }
            }
        }
        proposal.tables().values().stream().filter(t -> !placed.containsKey(t.id())).forEach(t ->
                problems.warning(t.position(), "the table '" + t.id() + "' is declared but never placed, so it is not shown",
                        "put '{{ table " + t.id() + " }}' on its own line in the text"));
    }

    /** A business planning reference belongs to one proposal only. */
    static void uniqueReferences(List<Proposal> proposals, Problems problems) {
        Map<String, BpReference> seen = new HashMap<>();
        for (Proposal proposal : proposals) {
            for (BpReference reference : proposal.bpReferences()) {
                BpReference earlier = seen.putIfAbsent(reference.text(), reference);
                if (earlier != null) {
                    problems.error(reference.position(), "the BP reference " + reference.text() + " is already used by "
                            + earlier.position(), "each reference belongs to one proposal; correct one of them");
                }
            }
        }
    }

    /** 1234567.5 → "1,234,567.5": plain grouping for messages, independent of the site's print style. */
    static String plain(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }
}

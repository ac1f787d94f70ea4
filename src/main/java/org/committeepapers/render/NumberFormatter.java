package org.committeepapers.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.Rounding;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;

/**
 * Prints figures by the site's one {@link FormatPolicy}. Table cells keep the decimals the author wrote
 * (311.610 stays 311.610); prose forms round as documented on {@link #prose}.
 */
public final class NumberFormatter {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final FormatPolicy policy;

    public NumberFormatter(FormatPolicy policy) {
        this.policy = policy;
    }

    /** A table cell: grouped digits in the site's negative style, or the nil marker for an empty cell. */
    public String cell(BigDecimal value) {
        return value == null ? policy.nil() : signed(value, "", "");
    }

    /**
     * A case's or category's amount in a summary: as a positive number when the site prints its category's
     * amounts so ({@code savings_shown_as: positive}); the figure itself keeps its sign.
     */
    public String summaryCell(BigDecimal value, String category) {
        return cell(value != null && policy.shownPositive().contains(category) ? value.negate() : value);
    }

    /** A table cell printed by a table's own format (fixed decimals, a £ prefix, its own nil marker). */
    public String cell(BigDecimal value, Table.TableFormat format) {
        if (value == null) {
            return format.nil() != null ? format.nil() : policy.nil();
        }
        BigDecimal shown = value;
        if (format.decimals() != null) {
            shown = value.setScale(format.decimals(), format.rounding() == null ? RoundingMode.UNNECESSARY
                    : format.rounding().mode());
        }
        return signed(shown, format.prefix(), "");
    }

    /**
     * A ratio shown as a percentage: 0.7658 → 76.58%. With {@code decimals} null it is shown as written when
     * it has at most two decimals as a percentage, else to one decimal; halves round away from zero.
     */
    public String percentage(BigDecimal ratio, Integer decimals) {
        return signed(places(ratio.movePointRight(2), decimals, 2, 1), "", "%");
    }

    /** A ratio: 1.1009… → 1.10; with {@code decimals} null, as written up to three decimals, else two. */
    public String ratio(BigDecimal ratio, Integer decimals) {
        return signed(places(ratio, decimals, 3, 2), "", "");
    }

    private static BigDecimal places(BigDecimal value, Integer decimals, int asWritten, int otherwise) {
        if (decimals != null) {
            return value.setScale(decimals, RoundingMode.HALF_UP);
        }
        BigDecimal plain = value.scale() > 0 ? value.stripTrailingZeros() : value;
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.scale() <= asWritten ? plain : value.setScale(otherwise, RoundingMode.HALF_UP);
    }

    /**
     * A figure in prose. £k and £000 round to the nearest thousand pounds, £m to the nearest thousand pounds
     * shown as three decimals (£2.320m), £ to the nearest pound, a count to a whole number, {@code %} to a
     * whole percentage and {@code ratio} to two decimals, unless the format names its decimal places
     * ({@code % 1dp}); halves round away from zero. A rate (money each) prints as money. A figure that is not
     * zero never prints as zero: where the rounding would give 0 (£400 as £k), it is shown to its first
     * significant digit instead (£0.4k, 0.04%).
     */
    public String prose(Figure figure, FigureFormat format) {
        FigureFormat chosen = chosen(figure, format);
        BigDecimal shown = shown(figure, chosen);
        return switch (chosen.style()) {
            case THOUSANDS, COUNT, RATIO -> signed(shown, "", "");
            case K -> signed(shown, "£", "k");
            case M -> signed(shown, "£", "m");
            case POUNDS -> signed(shown, "£", "");
            case PERCENT -> signed(shown, "", "%");
        };
    }

    /** Whether {@link #prose} shows {@code figure} at a lower precision than it has, i.e. rounded. */
    public static boolean rounds(Figure figure, FigureFormat format) {
        FigureFormat chosen = chosen(figure, format);
        return displayed(figure, chosen).compareTo(shown(figure, chosen)) != 0;
    }

    private static FigureFormat chosen(Figure figure, FigureFormat format) {
        return format != null ? format : FigureFormat.defaultFor(figure.unit() == null ? Unit.THOUSANDS : figure.unit());
    }

    /** The figure in the units the format prints: thousands for £k, millions for £m, percent for %. */
    private static BigDecimal displayed(Figure figure, FigureFormat chosen) {
        Unit unit = figure.unit() == null ? Unit.THOUSANDS : figure.unit();
        BigDecimal pounds = unit.isMoneyLike() ? figure.value().movePointRight(unit.powerOfTen()) : figure.value();
        return switch (chosen.style()) {
            case THOUSANDS, K -> pounds.movePointLeft(3);
            case M -> pounds.movePointLeft(6);
            case POUNDS -> pounds;
            case COUNT, RATIO -> figure.value();
            case PERCENT -> figure.value().movePointRight(2);
        };
    }

    /** The displayed figure rounded to the format's places, or to its first significant digit if that gives 0. */
    private static BigDecimal shown(Figure figure, FigureFormat chosen) {
        BigDecimal exact = displayed(figure, chosen);
        BigDecimal rounded = round(exact, chosen.decimals());
        if (rounded.signum() == 0 && exact.signum() != 0) {
            return round(exact, exact.scale() - exact.precision() + 1);
        }
        return rounded;
    }

    /**
     * {@code figure} rounded by {@code rounding} to what {@code format} shows: whole thousands for £k, £000
     * and £m (three decimals of millions), whole pounds for £, whole numbers for counts; ratios to the
     * format's decimals.
     */
    public static Figure rounded(Figure figure, FigureFormat format, Rounding rounding) {
        Unit unit = figure.unit() == null ? Unit.THOUSANDS : figure.unit();
        if (unit == Unit.COUNT || format.style() == FigureFormat.Style.COUNT) {
            return new Figure(figure.value().setScale(format.decimals(), rounding.mode()), unit);
        }
        if (unit == Unit.RATIO) {
            int shift = format.style() == FigureFormat.Style.PERCENT ? 2 : 0;
            return new Figure(figure.value().movePointRight(shift).setScale(format.decimals(), rounding.mode())
                    .movePointLeft(shift), unit);
        }
        BigDecimal pounds = figure.value().movePointRight(unit.powerOfTen());
        int scale = switch (format.style()) {
            case POUNDS -> format.decimals();
            case M -> format.decimals() - 6;
            default -> format.decimals() - 3;
        };
        return new Figure(pounds.setScale(scale, rounding.mode()), unit.isMoney() ? Unit.POUNDS : Unit.POUNDS_EACH);
    }

    /** Halves away from zero, as the README promises for prose figures. */
    private static BigDecimal round(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }

    private String signed(BigDecimal value, String prefix, String suffix) {
        String digits = prefix + grouped(value.abs()) + suffix;
        if (value.signum() >= 0) {
            return digits;
        }
        return switch (policy.negative()) {
            case MINUS -> "\u2212" + digits;
            case HYPHEN -> "-" + digits;
            case BRACKETS -> "(" + digits + ")";
        };
    }

    /** Groups the integer digits in threes; the decimals are left exactly as they are. */
    private String grouped(BigDecimal nonNegative) {
        String plain = nonNegative.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(policy.thousandsSeparator());
            }
            out.append(whole.charAt(i));
        }
        return out + fraction;
    }
}

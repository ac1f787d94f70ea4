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
     * A figure in prose. £k and £000 round to the nearest thousand pounds, £m to the nearest thousand pounds
     * shown as three decimals (£2.320m), £ to the nearest pound; halves round away from zero.
     */
    public String prose(Figure figure, FigureFormat format) {
        Unit unit = figure.unit() == null ? Unit.THOUSANDS : figure.unit();
        FigureFormat chosen = format == null ? FigureFormat.defaultFor(unit) : format;
        BigDecimal pounds = unit == Unit.THOUSANDS ? figure.value().multiply(THOUSAND) : figure.value();
        return switch (chosen) {
            case THOUSANDS -> signed(thousands(pounds), "", "");
            case K -> signed(thousands(pounds), "£", "k");
            case M -> signed(pounds.divide(THOUSAND.multiply(THOUSAND)).setScale(3, RoundingMode.HALF_UP), "£", "m");
            case POUNDS -> signed(pounds.setScale(0, RoundingMode.HALF_UP), "£", "");
            case COUNT -> signed(figure.value().setScale(0, RoundingMode.HALF_UP), "", "");
        };
    }

    /**
     * {@code figure} rounded by {@code rounding} to what {@code format} shows: whole thousands for £k, £000
     * and £m (three decimals of millions), whole pounds for £, whole numbers for counts.
     */
    public static Figure rounded(Figure figure, FigureFormat format, Rounding rounding) {
        Unit unit = figure.unit() == null ? Unit.THOUSANDS : figure.unit();
        if (unit == Unit.COUNT || format == FigureFormat.COUNT) {
            return new Figure(figure.value().setScale(0, rounding.mode()), unit);
        }
        BigDecimal pounds = unit == Unit.THOUSANDS ? figure.value().multiply(THOUSAND) : figure.value();
        int scale = format == FigureFormat.POUNDS ? 0 : -3;
        return new Figure(pounds.setScale(scale, rounding.mode()), Unit.POUNDS);
    }

    private static BigDecimal thousands(BigDecimal pounds) {
        return pounds.divide(THOUSAND).setScale(0, RoundingMode.HALF_UP);
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

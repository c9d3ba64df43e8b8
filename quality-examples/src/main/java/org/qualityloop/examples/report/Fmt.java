package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for the report, independent of the default locale: coordinates to one
 * decimal, labels to a fixed number of decimals, never an exponent, never a negative zero, and
 * never NaN or Infinity (a non-finite number is a bug in the layout and fails loudly).
 *
 * <p>Stateless and thread-safe.
 */
final class Fmt {

    /** The typographic minus sign used in labels. */
    static final String MINUS = "\u2212";

    private Fmt() {
    }

    /** Formats an SVG coordinate or length, rounded to 0.1. */
    static String coord(double value) {
        requireFinite(value);
        long tenths = Math.round(value * 10.0);
        if (tenths == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(8);
        if (tenths < 0) {
            b.append('-');
            tenths = -tenths;
        }
        b.append(tenths / 10);
        if (tenths % 10 != 0) {
            b.append('.').append(tenths % 10);
        }
        return b.toString();
    }

    /** Formats a value for a label with exactly {@code decimals} decimals and a typographic minus. */
    static String number(double value, int decimals) {
        requireFinite(value);
        String plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
    }

    /** Formats a value with at most {@code decimals} decimals, dropping trailing zeros: 90, 92.5. */
    static String compact(double value, int decimals) {
        requireFinite(value);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
        return plain.startsWith("-") ? MINUS + plain.substring(1) : plain;
    }

    /** Formats a value with a leading plus sign when it is positive, for gaps and changes. */
    static String signed(double value, int decimals) {
        String text = number(value, decimals);
        return text.startsWith(MINUS) || BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP).signum() == 0 ? text : "+" + text;
    }

    /** Formats a share between 0 and 1 as a percentage, e.g. {@code 80 %} or {@code 32.5 %}. */
    static String percentOfShare(double share, int decimals) {
        return number(100.0 * share, decimals) + "\u00A0%";
    }

    /** Formats a percentage value, e.g. {@code 95.2 %}. */
    static String percent(double percent, int decimals) {
        return number(percent, decimals) + "\u00A0%";
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("a plotted number must be finite, but was " + value);
        }
    }
}

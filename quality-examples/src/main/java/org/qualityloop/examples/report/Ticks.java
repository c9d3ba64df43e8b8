package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis domain with readable tick values: steps of 1, 2 or 5 times a power of ten, and a
 * domain widened to whole steps (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 *
 * <p>Edge rules: an empty or zero-width range (a single value, a flat series) is widened around
 * the value, so the scale never divides by zero; {@link #clamp(double, double)} cuts the domain
 * to the values a quantity can take (NPS −100…100, a percentage 0…100, a count from 0).
 *
 * <p>Immutable and thread-safe.
 *
 * @param min the lower end of the domain
 * @param max the upper end of the domain, above {@code min}
 * @param step the distance between ticks, positive
 * @param decimals the decimals a tick label needs for {@code step}
 */
record Ticks(double min, double max, double step, int decimals) {

    Ticks {
        if (!(Double.isFinite(min) && Double.isFinite(max) && max > min && step > 0)) {
            throw new IllegalStateException("ticks must span a finite, non-empty domain with a positive step, "
                    + "but were min " + min + ", max " + max + ", step " + step);
        }
    }

    /**
     * Chooses ticks for values between {@code lo} and {@code hi}.
     *
     * @param lo the smallest value to show, finite
     * @param hi the largest value to show, finite, not below {@code lo}
     * @param count about how many ticks to show
     * @param integral whether values are counts (no step below 1)
     */
    static Ticks nice(double lo, double hi, int count, boolean integral) {
        if (!(hi > lo)) {
            double pad = lo == 0.0 ? 1.0 : Math.max(Math.abs(lo) * 0.1, 1e-9);
            lo -= pad;
            hi += pad;
        }
        double step = niceNumber((hi - lo) / Math.max(1, count - 1));
        if (integral && step < 1.0) {
            step = 1.0;
        }
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        if (max <= min) {
            max = min + step;
        }
        return new Ticks(min, max, step, decimalsFor(step));
    }

    /** Cuts the domain to {@code [floor, ceiling]} where it reaches beyond. */
    Ticks clamp(double floor, double ceiling) {
        double lo = Math.max(min, floor);
        double hi = Math.min(max, ceiling);
        return hi > lo ? new Ticks(lo, hi, step, decimals) : this;
    }

    /** Returns the tick values: the multiples of {@code step} within the domain. */
    List<Double> values() {
        List<Double> values = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last; k++) {
            double v = k * step;
            values.add(v == 0.0 ? 0.0 : v);
        }
        return values;
    }

    /** Formats a tick value with the decimals the step needs. */
    String label(double value) {
        return Fmt.number(value, decimals);
    }

    private static double niceNumber(double rough) {
        double exponent = Math.floor(Math.log10(rough));
        double power = Math.pow(10, exponent);
        double fraction = rough / power;
        double nice = fraction <= 1.0 ? 1 : fraction <= 2.0 ? 2 : fraction <= 5.0 ? 5 : 10;
        return nice * power;
    }

    private static int decimalsFor(double step) {
        return (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    }
}

package org.qualityloop.examples.scenario;

import java.time.Duration;
import java.util.Objects;
import org.qualityloop.examples.internal.Valid;

/**
 * A log-normal distribution of durations, the usual shape of handling and waiting times: most
 * values near the median, a long tail to the right. It is given by two figures a service owner
 * knows, the median and the 90th percentile, so {@code σ = ln(p90 / median) / 1.2816} and
 * {@code μ = ln(median)}. Equal median and p90 give a constant duration. Immutable.
 *
 * @param median the median, positive
 * @param p90 the 90th percentile, at least the median
 */
public record LogNormal(Duration median, Duration p90) {

    /** The 90th percentile of the standard normal distribution. */
    private static final double Z90 = 1.2815515655446004;

    /**
     * Validates the distribution.
     *
     * @param median the median, positive
     * @param p90 the 90th percentile, at least the median
     * @throws IllegalArgumentException when the median is not positive or the p90 is below it
     */
    public LogNormal {
        Valid.positive(median, "median");
        Objects.requireNonNull(p90, "p90");
        if (p90.compareTo(median) < 0) {
            throw new IllegalArgumentException("p90 must be at least the median " + median + ", but was " + p90);
        }
    }

    /**
     * A distribution from ISO-8601 texts.
     *
     * @param median the median, such as {@code "PT4M"}
     * @param p90 the 90th percentile, such as {@code "PT15M"}
     * @return the distribution
     * @throws java.time.format.DateTimeParseException when a text is not an ISO-8601 duration
     */
    public static LogNormal of(String median, String p90) {
        return new LogNormal(Duration.parse(median), Duration.parse(p90));
    }

    /**
     * A distribution that always gives the same duration.
     *
     * @param value the duration, positive
     * @return the distribution
     */
    public static LogNormal constant(Duration value) {
        return new LogNormal(value, value);
    }

    /**
     * The shape parameter.
     *
     * @return {@code σ}, zero for a constant
     */
    public double sigma() {
        return Math.log((double) p90.toNanos() / median.toNanos()) / Z90;
    }

    /**
     * The mean, {@code median · exp(σ² / 2)}.
     *
     * @return the mean duration
     */
    public Duration mean() {
        double s = sigma();
        return Duration.ofNanos(Math.round(median.toNanos() * Math.exp(s * s / 2)));
    }

    /**
     * The same shape with every duration multiplied by a factor.
     *
     * @param factor positive
     * @return the scaled distribution
     */
    public LogNormal scaled(double factor) {
        Valid.positive(factor, "factor");
        return new LogNormal(Duration.ofNanos(Math.max(1, Math.round(median.toNanos() * factor))),
                Duration.ofNanos(Math.max(1, Math.round(p90.toNanos() * factor))));
    }

    @Override
    public String toString() {
        return "LogNormal[median=" + median + ", p90=" + p90 + "]";
    }
}

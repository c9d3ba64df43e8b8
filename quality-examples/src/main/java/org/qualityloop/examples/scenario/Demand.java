package org.qualityloop.examples.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.CustomerSegment;

/**
 * How many service cases (orders, stays, journeys) arrive and from whom: the mean number per
 * weekday, a factor for Saturdays and Sundays, the share of each hour of the day (in the zone of
 * the scenario's calendar), the customer segments and how many cases one customer brings on
 * average. Arrivals are a Poisson process with these rates. Immutable.
 *
 * @param casesPerDay the mean number of cases on a weekday, positive
 * @param weekendFactor the rate on Saturday and Sunday relative to a weekday, not negative
 * @param hourly the relative weight of each hour 0–23, 24 entries, not negative, not all zero
 * @param segments the weight of each customer segment, at least one
 * @param casesPerCustomer how many cases one customer brings on average, at least 1
 */
public record Demand(double casesPerDay, double weekendFactor, List<Double> hourly,
        Map<CustomerSegment, Double> segments, double casesPerCustomer) {

    /** A flat day: every hour weighs the same. */
    public static final List<Double> FLAT = java.util.Collections.nCopies(24, 1.0);

    /**
     * Validates and copies the components.
     *
     * @param casesPerDay the mean number of cases on a weekday, positive
     * @param weekendFactor the rate on Saturday and Sunday relative to a weekday, not negative
     * @param hourly the relative weight of each hour 0–23, 24 entries, not negative, not all zero
     * @param segments the weight of each customer segment, at least one
     * @param casesPerCustomer how many cases one customer brings on average, at least 1
     * @throws IllegalArgumentException when a number is out of range or the hourly profile does
     *     not have 24 entries
     */
    public Demand {
        Valid.positive(casesPerDay, "casesPerDay");
        Valid.nonNegative(weekendFactor, "weekendFactor");
        Objects.requireNonNull(hourly, "hourly");
        if (hourly.size() != 24) {
            throw new IllegalArgumentException("hourly must have 24 entries, one per hour, but had " + hourly.size());
        }
        double sum = 0;
        for (int i = 0; i < 24; i++) {
            sum += Valid.nonNegative(Objects.requireNonNull(hourly.get(i), "hourly[" + i + "]"), "hourly[" + i + "]");
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("hourly must have a positive weight, but all 24 were 0");
        }
        hourly = List.copyOf(hourly);
        segments = Valid.weights(segments, "segments", false);
        if (!(casesPerCustomer >= 1.0) || Double.isInfinite(casesPerCustomer)) {
            throw new IllegalArgumentException("casesPerCustomer must be at least 1, but was " + casesPerCustomer);
        }
    }

    /**
     * The mean number of cases per week.
     *
     * @return {@code casesPerDay · (5 + 2 · weekendFactor)}
     */
    public double casesPerWeek() {
        return casesPerDay * (5 + 2 * weekendFactor);
    }

    /**
     * The same demand with another weekday rate.
     *
     * @param value the new mean per weekday, positive
     * @return the copy
     */
    public Demand withCasesPerDay(double value) {
        return new Demand(value, weekendFactor, hourly, segments, casesPerCustomer);
    }
}

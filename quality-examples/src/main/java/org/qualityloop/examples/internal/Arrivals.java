package org.qualityloop.examples.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qualityloop.examples.scenario.Demand;

/**
 * The demand over the calendar: when service cases arrive. Day by day from the scenario's start,
 * the number of cases is a Poisson draw around the day's rate (weekends scaled by the weekend
 * factor), and each case's hour is drawn from the hourly profile and its second uniformly within
 * the hour; a day's arrivals are then taken in time order. Days are drawn only when the previous
 * day's arrivals are used up, and no more than the run's number of cases is ever drawn.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class Arrivals {

    private final Demand demand;
    private final ZoneId zone;
    private final Rng rng;
    private final long total;
    private final ArrayDeque<Instant> today = new ArrayDeque<>();
    private LocalDate day;
    private long generated;

    /**
     * Makes the arrivals of a run.
     *
     * @param demand the scenario's demand
     * @param start the first day
     * @param zone the zone the days and hours are in
     * @param rng the stream the arrivals are drawn from
     * @param total the number of cases of the run
     */
    Arrivals(Demand demand, LocalDate start, ZoneId zone, Rng rng, long total) {
        this.demand = demand;
        this.day = start;
        this.zone = zone;
        this.rng = rng;
        this.total = total;
    }

    /**
     * Returns when the next case arrives, drawing days as needed.
     *
     * @return the instant, or null once every case has arrived
     */
    Instant peek() {
        while (today.isEmpty() && generated + today.size() < total) {
            DayOfWeek dow = day.getDayOfWeek();
            double rate = demand.casesPerDay()
                    * (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? demand.weekendFactor() : 1.0);
            long n = Math.min(rng.poisson(rate), total - generated);
            List<Instant> times = new ArrayList<>((int) n);
            double hourSum = 0;
            for (double h : demand.hourly()) {
                hourSum += h;
            }
            for (long k = 0; k < n; k++) {
                double u = rng.uniform() * hourSum;
                int hour = 0;
                while (hour < 23 && u >= demand.hourly().get(hour)) {
                    u -= demand.hourly().get(hour);
                    hour++;
                }
                long second = (long) (rng.uniform() * 3600);
                times.add(day.atStartOfDay(zone).plusHours(hour).plusSeconds(second).toInstant());
            }
            times.sort(Comparator.naturalOrder());
            today.addAll(times);
            day = day.plusDays(1);
        }
        return today.peekFirst();
    }

    /**
     * Takes the next arrival, which {@link #peek()} must have returned, and counts it.
     *
     * @return the instant of the arrival
     */
    Instant take() {
        Instant t = today.pollFirst();
        generated++;
        return t;
    }

    /**
     * Returns how many cases have arrived.
     *
     * @return the count
     */
    long generated() {
        return generated;
    }

    /**
     * Returns whether cases are still to arrive.
     *
     * @return true until the last case has been taken
     */
    boolean arriving() {
        return generated < total;
    }
}

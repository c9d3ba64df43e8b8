package org.qualityloop.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * Cohorts: the library's KPIs per week of receipt, channel, customer segment and category, from the
 * same case histories. Each history is replayed on the lifecycle that wrote it
 * ({@link FeedbackLifecycle#replay}) and counted in one cohort of every {@link CohortDimension};
 * a closed (or rejected) case's outcome feeds the cohort's KPIs ({@link CohortKpis}: resolution and
 * reopen rates, times to first response and to resolution, SLA compliance per target,
 * satisfaction), a case still open counts only in {@code cases}.
 *
 * <p>The week is the ISO week (weeks start on Monday; week 1 holds the year's first Thursday) of the
 * receipt's local date in the accumulator's zone, so Sunday 23:30 in Shanghai is in the week that
 * ends that day even though it is Sunday 15:30 UTC. The category is the one the case is registered
 * under when its history ends.
 *
 * <p><b>Merging.</b> {@link #merge} adds another accumulator's cases: any split of the same
 * histories, accumulated apart and merged in any order, equals the accumulator of all of them
 * ({@code equals} holds). Accumulators merge only with the same lifecycle instance and zone.
 *
 * <p>Mutable and not thread-safe: confine an instance to a thread and merge the partials.
 */
public final class Cohorts implements Mergeable<Cohorts> {

    private final FeedbackLifecycle lifecycle;
    private final ZoneId zone;
    private final Map<CohortKey, Tally> cohorts = new TreeMap<>();
    private long cases;

    private Cohorts(FeedbackLifecycle lifecycle, ZoneId zone) {
        this.lifecycle = lifecycle;
        this.zone = zone;
    }

    /**
     * Creates an empty accumulator whose weeks are those of a zone.
     *
     * @param lifecycle the lifecycle that wrote the histories, not null
     * @param zone the zone the week of receipt is read in, not null
     * @return the accumulator
     */
    public static Cohorts of(FeedbackLifecycle lifecycle, ZoneId zone) {
        return new Cohorts(Checks.notNull(lifecycle, "lifecycle"), Checks.notNull(zone, "zone"));
    }

    /**
     * Creates an empty accumulator whose weeks are those of the lifecycle's calendar zone.
     *
     * @param lifecycle the lifecycle that wrote the histories, not null
     * @return the accumulator
     */
    public static Cohorts of(FeedbackLifecycle lifecycle) {
        Checks.notNull(lifecycle, "lifecycle");
        return new Cohorts(lifecycle, lifecycle.calendar().zone());
    }

    /**
     * Adds one case's history to its cohorts.
     *
     * @param history the events in sequence order, starting with the received change; not empty
     * @throws IllegalArgumentException when the history does not replay on the lifecycle
     *     ({@link FeedbackLifecycle#replay} says why); nothing is added then
     */
    public void add(List<CaseEvent> history) {
        CasePath.opening(history);
        FeedbackCase c = lifecycle.replay(history);
        Optional<CaseOutcome> outcome = c.outcome();
        cases++;
        for (CohortKey key : keys(c)) {
            cohorts.computeIfAbsent(key, k -> new Tally()).add(outcome);
        }
    }

    private List<CohortKey> keys(FeedbackCase c) {
        return List.of(CohortKey.of(CohortDimension.WEEK, week(c.receivedAt(), zone)),
                CohortKey.of(CohortDimension.CHANNEL, c.feedback().channel().code()),
                CohortKey.of(CohortDimension.SEGMENT, c.segment().orElse(CustomerSegment.DEFAULT).code()),
                CohortKey.of(CohortDimension.CATEGORY, c.category().code()));
    }

    /**
     * The ISO week label of an instant in a zone, {@code 2026-W10}.
     *
     * @param t the instant
     * @param zone the zone
     * @return the label
     */
    static String week(Instant t, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(t, zone);
        int year = d.get(IsoFields.WEEK_BASED_YEAR);
        int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return String.format("%04d-W%02d", year, week);
    }

    /**
     * Adds every case accumulated in {@code other}; {@code other} is not changed.
     *
     * @param other an accumulator with the same lifecycle instance and zone, not null; may be this
     *     one, which doubles every count
     * @return this accumulator
     * @throws IllegalArgumentException when {@code other} has another lifecycle or zone; nothing is
     *     changed then
     */
    @Override
    public Cohorts merge(Cohorts other) {
        Objects.requireNonNull(other, "other");
        if (other.lifecycle != lifecycle) {
            throw new IllegalArgumentException("other must replay on the same lifecycle instance as this one, but "
                    + "replays on another");
        }
        if (!other.zone.equals(zone)) {
            throw new IllegalArgumentException("other.zone must be " + zone + ", but was " + other.zone);
        }
        Map<CohortKey, Tally> copy = new TreeMap<>();
        other.cohorts.forEach((k, v) -> copy.put(k, new Tally().merge(v)));
        cases = Math.addExact(cases, other.cases);
        copy.forEach((k, v) -> cohorts.computeIfAbsent(k, x -> new Tally()).merge(v));
        return this;
    }

    /**
     * Returns the zone the weeks are read in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the number of histories added.
     *
     * @return the count of cases
     */
    public long cases() {
        return cases;
    }

    /**
     * The KPIs of every cohort of one dimension, in the order of their values (weeks in the order
     * of time); the cohorts' {@code cases} add up to {@link #cases()}.
     *
     * @param dimension the dimension, not null
     * @return the cohorts that have a case, unmodifiable
     */
    public List<CohortKpis> by(CohortDimension dimension) {
        Checks.notNull(dimension, "dimension");
        List<CohortKpis> out = new ArrayList<>();
        cohorts.forEach((k, v) -> {
            if (k.dimension() == dimension) {
                out.add(v.result(k));
            }
        });
        return List.copyOf(out);
    }

    /**
     * The KPIs of one cohort.
     *
     * @param key the cohort, not null
     * @return its KPIs, or empty when no case of it was added
     */
    public Optional<CohortKpis> cohort(CohortKey key) {
        Tally t = cohorts.get(Checks.notNull(key, "key"));
        return t == null ? Optional.empty() : Optional.of(t.result(key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cohorts c && c.lifecycle == lifecycle && c.zone.equals(zone) && c.cases == cases
                && c.cohorts.equals(cohorts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, cases, cohorts);
    }

    @Override
    public String toString() {
        return "Cohorts[zone=" + zone + ", cases=" + cases + ", cohorts=" + cohorts.size() + "]";
    }

    /** The accumulators of one cohort. */
    private static final class Tally {
        private long cases;
        private final CaseOutcomeRates rates = new CaseOutcomeRates();
        private final TimeDistribution firstResponse = new TimeDistribution();
        private final TimeDistribution resolution = new TimeDistribution();
        private final Map<SlaTarget, SlaCompliance> sla = new TreeMap<>();
        private final CsatAccumulator satisfaction = CsatAccumulator.oneToFive();

        void add(Optional<CaseOutcome> outcome) {
            cases++;
            if (outcome.isEmpty()) {
                return;
            }
            CaseOutcome o = outcome.get();
            rates.add(o);
            o.firstResponseAt().ifPresent(t -> firstResponse.addMillis(WorkingClock.wallMillis(o.receivedAt(), t)));
            if (o.isResolved()) {
                o.resolvedAt().ifPresent(t -> resolution.addMillis(WorkingClock.wallMillis(o.receivedAt(), t)));
            }
            Set<SlaTarget> targets = new TreeSet<>();
            for (SlaResult r : o.sla()) {
                targets.add(r.target());
            }
            for (SlaTarget target : targets) { // its verdict over every cycle, once per case
                sla.computeIfAbsent(target, k -> new SlaCompliance()).add(o, target);
            }
            o.satisfaction().ifPresent(satisfaction::add);
        }

        Tally merge(Tally t) {
            cases = Math.addExact(cases, t.cases);
            rates.merge(t.rates);
            firstResponse.merge(t.firstResponse);
            resolution.merge(t.resolution);
            t.sla.forEach((k, v) -> sla.computeIfAbsent(k, x -> new SlaCompliance()).merge(v));
            satisfaction.merge(t.satisfaction);
            return this;
        }

        CohortKpis result(CohortKey key) {
            Map<SlaTarget, Proportion> compliance = new TreeMap<>();
            sla.forEach((k, v) -> v.compliance().ifPresent(p -> compliance.put(k, p)));
            return new CohortKpis(key, cases, rates.closed(), rates.resolutionRate(), rates.reopenRate(),
                    firstResponse.result(), resolution.result(), compliance, satisfaction.result());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tally t && t.cases == cases && t.rates.equals(rates)
                    && t.firstResponse.equals(firstResponse) && t.resolution.equals(resolution) && t.sla.equals(sla)
                    && t.satisfaction.equals(satisfaction);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cases, rates, firstResponse, resolution, sla);
        }
    }
}

package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.examples.internal.Units;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The SLA-compliance trend: the share of cases that met each SLA target (first response,
 * resolution, follow-up…) per period, one line per target, as a percentage, with an optional
 * target line.
 *
 * <p>The periods are the categories of the x-axis, in order. A series without a value for a
 * period (no case had that target due in it) has a gap there. The section {@linkplain
 * #hasData() has no data} when no series has a value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param periods the period labels in display order, such as {@code 2026-W45}; distinct, none
 *     blank; may be empty
 * @param series one series per SLA target, in legend order; distinct names; may be empty
 * @param target the compliance target as a percentage between 0 and 100, or empty for no
 *     target line
 */
public record SlaTrendSection(String title, List<String> periods, List<Series> series, OptionalDouble target)
        implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the chart's heading, not blank
     * @param periods the period labels in display order, such as {@code 2026-W45}; distinct, none
     *     blank; may be empty
     * @param series one series per SLA target, in legend order; distinct names; may be empty
     * @param target the compliance target as a percentage between 0 and 100, or empty for no
     *     target line
     * @throws IllegalArgumentException if the title is blank, a period label is blank or repeated,
     *     two series share a name, a series has a value for a label not in {@code periods}, or the
     *     target is out of range
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public SlaTrendSection {
        title = Inputs.title(title);
        periods = Inputs.labels(periods, "periods");
        series = Valid.listCopy(series, "series");
        Set<String> known = new HashSet<>(periods);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (!names.add(s.name())) {
                throw new IllegalArgumentException(
                        "series must have distinct names, but '" + s.name() + "' appeared more than once");
            }
            for (String period : s.compliance().keySet()) {
                if (!known.contains(period)) {
                    throw new IllegalArgumentException("series[" + i + "].compliance must only hold labels listed "
                            + "in periods, but had '" + period + "'");
                }
            }
        }
        Valid.notNull(target, "target");
        if (target.isPresent()) {
            Inputs.between(target.getAsDouble(), 0.0, 100.0, "target");
        }
    }

    /**
     * Builds the trend from compliance rates per SLA target and calendar period. The axis runs
     * from the earliest to the latest period of any target, with every period in between.
     *
     * @param title the chart's heading, not blank
     * @param compliance the compliance per period for each target, the targets in the map's
     *     iteration order (pass a {@code LinkedHashMap} or {@code TreeMap} for a reproducible
     *     order); all periods of one unit; not null, no null key or value; may be empty
     * @return the section, without a target line; each series is named by the target's code
     * @throws IllegalArgumentException if the title is blank or the periods are of different units
     */
    public static SlaTrendSection of(String title,
            Map<SlaTarget, ? extends Map<CalendarPeriod, Proportion>> compliance) {
        Valid.notNull(compliance, "compliance");
        Set<CalendarPeriod> axis = new HashSet<>();
        compliance.forEach((target, byPeriod) -> {
            Valid.notNull(target, "compliance key");
            Valid.notNull(byPeriod, "compliance[" + target + "]");
            byPeriod.forEach((period, rate) -> {
                Valid.notNull(period, "compliance[" + target + "] key");
                Valid.notNull(rate, "compliance[" + target + "][" + Periods.label(period) + "]");
                axis.add(period);
            });
        });
        return build(title, compliance, axis);
    }

    private static SlaTrendSection build(String title,
            Map<SlaTarget, ? extends Map<CalendarPeriod, Proportion>> compliance, Set<CalendarPeriod> axis) {
        List<CalendarPeriod> span = Periods.span(axis, "compliance periods");
        List<Series> series = new ArrayList<>();
        compliance.forEach((target, byPeriod) -> {
            Map<String, Proportion> values = new LinkedHashMap<>();
            for (CalendarPeriod period : span) {
                Proportion rate = byPeriod.get(period);
                if (rate != null) {
                    values.put(Periods.label(period), rate);
                }
            }
            series.add(new Series(Units.name(target), values));
        });
        return new SlaTrendSection(title, Periods.labels(span), series, OptionalDouble.empty());
    }

    /**
     * Builds the trend from SLA-compliance accumulators per target and calendar period, such as
     * the {@code asMap()} of a {@code Slices<CalendarPeriod, SlaCompliance>} per target. Each
     * accumulator's {@linkplain SlaCompliance#compliance() compliance} is read once, now; an
     * accumulator without decided cases leaves a gap, and its period is still on the axis.
     *
     * @param title the chart's heading, not blank
     * @param accumulators the accumulator per period for each target, in the map's iteration
     *     order; all periods of one unit; not null, no null key or value; may be empty
     * @return the section, without a target line
     * @throws IllegalArgumentException if the title is blank or the periods are of different units
     */
    public static SlaTrendSection fromAccumulators(String title,
            Map<SlaTarget, ? extends Map<CalendarPeriod, SlaCompliance>> accumulators) {
        Valid.notNull(accumulators, "accumulators");
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> compliance = new LinkedHashMap<>();
        Set<CalendarPeriod> axis = new HashSet<>();
        accumulators.forEach((target, byPeriod) -> {
            Valid.notNull(target, "accumulators key");
            Valid.notNull(byPeriod, "accumulators[" + target + "]");
            Map<CalendarPeriod, Proportion> rates = new LinkedHashMap<>();
            byPeriod.forEach((period, accumulator) -> {
                Valid.notNull(period, "accumulators[" + target + "] key");
                Valid.notNull(accumulator, "accumulators[" + target + "][" + Periods.label(period) + "]");
                axis.add(period);
                accumulator.compliance().ifPresent(rate -> rates.put(period, rate));
            });
            compliance.put(target, rates);
        });
        return build(title, compliance, axis);
    }

    /**
     * Returns this trend with a target line.
     *
     * @param percent the compliance target, between 0 and 100
     * @return a copy with the target
     * @throws IllegalArgumentException if the target is out of range
     */
    public SlaTrendSection withTarget(double percent) {
        return new SlaTrendSection(title, periods, series, OptionalDouble.of(percent));
    }

    /**
     * Tells whether any series has a value.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return series.stream().anyMatch(s -> !s.compliance().isEmpty());
    }

    /**
     * One SLA target's compliance per period. Immutable and thread-safe.
     *
     * @param name the series name shown in the legend, such as {@code first_response}; not blank
     * @param compliance the compliance per period label; not null, no null key or value; periods
     *     without a value are gaps
     */
    public record Series(String name, Map<String, Proportion> compliance) {

        /**
         * Validates and copies the fields.
         *
         * @param name the series name shown in the legend, such as {@code first_response}; not
         *     blank
         * @param compliance the compliance per period label; not null, no null key or value;
         *     periods
         *     without a value are gaps
         * @throws IllegalArgumentException if the name is blank
         * @throws NullPointerException naming the field if an argument, key or value is null
         */
        public Series {
            Valid.notBlank(name, "name");
            Valid.notNull(compliance, "compliance");
            Map<String, Proportion> copy = new LinkedHashMap<>();
            compliance.forEach((period, rate) -> {
                if (period == null || rate == null) {
                    throw new NullPointerException("compliance must not contain null keys or values");
                }
                copy.put(period, rate);
            });
            compliance = Collections.unmodifiableMap(copy);
        }
    }
}

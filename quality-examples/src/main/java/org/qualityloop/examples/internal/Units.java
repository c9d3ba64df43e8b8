package org.qualityloop.examples.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qualityloop.examples.scenario.MeasureKind;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.sla.SlaTarget;

/**
 * How the harness shows numbers, SLA targets and the verdict, in one place so that the console
 * and the results files agree: a fixed number of decimals per unit (one for percentages, NPS and
 * times, two for scores), never {@code -0.0}; changes of percentages in percentage points and of
 * NPS in points; SLA targets in the order of the lifecycle with readable names. Stateless and
 * thread-safe. Not exported.
 */
public final class Units {

    /** SLA targets in the order a case meets them; others follow by code. */
    private static final List<SlaTarget> LIFECYCLE = List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_UPDATE,
            SlaTarget.RESOLUTION, SlaTarget.FOLLOW_UP);

    /** The most decimals {@link #graded} adds to tell a value from a threshold. */
    private static final int MAX_DECIMALS = 4;

    private Units() {
    }

    /**
     * The decimals a value in a unit is shown with.
     *
     * @param unit the unit
     * @return 2 for scores and money, 0 for counts, 1 otherwise
     */
    public static int decimals(KpiUnit unit) {
        return switch (unit) {
            case SCORE, MONEY -> 2;
            case COUNT -> 0;
            default -> 1;
        };
    }

    /**
     * A number rounded half-up to some decimals, without a minus sign when it rounds to zero.
     *
     * @param v the number
     * @param decimals the decimals, at least 0
     * @return the text, such as {@code "97.7"}
     */
    public static String number(BigDecimal v, int decimals) {
        BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? r.abs().toPlainString() : r.toPlainString();
    }

    /**
     * A number rounded half-up to some decimals, without a minus sign when it rounds to zero.
     *
     * @param v the number, finite
     * @param decimals the decimals, at least 0
     * @return the text
     */
    public static String number(double v, int decimals) {
        return number(BigDecimal.valueOf(v), decimals);
    }

    /**
     * A signed number: {@code "+2.5"}, {@code "-0.3"}, or {@code "0.0"} when it rounds to zero.
     *
     * @param v the number
     * @param decimals the decimals
     * @return the text
     */
    public static String signed(BigDecimal v, int decimals) {
        String n = number(v, decimals);
        return n.startsWith("-") || new BigDecimal(n).signum() == 0 ? n : "+" + n;
    }

    /**
     * A value with its unit, such as {@code "97.7 %"}, {@code "6.3 days"} or {@code "4.12"}.
     *
     * @param v the value
     * @param unit its unit
     * @return the text
     */
    public static String value(BigDecimal v, KpiUnit unit) {
        return value(v, unit, decimals(unit));
    }

    private static String value(BigDecimal v, KpiUnit unit, int decimals) {
        return number(v, decimals) + suffix(unit);
    }

    /**
     * The unit's suffix after a number, with its leading space, or nothing for scores and NPS.
     *
     * @param unit the unit
     * @return the suffix
     */
    public static String suffix(KpiUnit unit) {
        return switch (unit) {
            case PERCENT -> " %";
            case SECONDS -> " s";
            case MINUTES -> " min";
            case HOURS -> " h";
            case DAYS -> " days";
            case PERCENT_CHANGE_YEAR_ON_YEAR -> " % y/y";
            default -> "";
        };
    }

    /**
     * The decimals that show a KPI's measured value apart from its target and at-risk threshold:
     * the unit's decimals, or more (up to {@value #MAX_DECIMALS}) when rounding would make a value
     * short of a threshold read as equal to it.
     *
     * @param kpi the KPI
     * @param measured the measured value
     * @return the decimals
     */
    public static int graded(KpiDefinition kpi, BigDecimal measured) {
        int d = decimals(kpi.unit());
        while (d < MAX_DECIMALS && (hidden(measured, kpi.target(), d) || hidden(measured, kpi.atRisk(), d))) {
            d++;
        }
        return d;
    }

    private static boolean hidden(BigDecimal value, BigDecimal threshold, int decimals) {
        return value.compareTo(threshold) != 0 && value.setScale(decimals, RoundingMode.HALF_UP)
                .compareTo(threshold.setScale(decimals, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * A measured value as the scorecard shows it: with the decimals of {@link #graded}, its unit and,
     * for scores on a known scale, the scale ({@code "4.12 of 5"}).
     *
     * @param scenario the scenario, for the KPI's measure
     * @param kpi the KPI
     * @param measured the value
     * @return the text
     */
    public static String measured(Scenario scenario, KpiDefinition kpi, BigDecimal measured) {
        return value(measured, kpi.unit(), graded(kpi, measured)) + scale(scenario, kpi);
    }

    /**
     * The scale of a KPI's score: {@code " of 5"} for CSAT, {@code " of 7"} for CES, nothing
     * otherwise.
     *
     * @param scenario the scenario, for the KPI's measure
     * @param kpi the KPI
     * @return the scale's text, with its leading space, or empty text
     */
    public static String scale(Scenario scenario, KpiDefinition kpi) {
        Optional<MeasureKind> kind = scenario.kpi(kpi.id()).map(ScenarioKpi::measure).map(m -> m.kind());
        if (kpi.unit() != KpiUnit.SCORE || kind.isEmpty()) {
            return "";
        }
        return switch (kind.get()) {
            case CSAT -> " of 5";
            case CES -> " of 7";
            default -> "";
        };
    }

    /**
     * The SLA targets in the order of the lifecycle: first response, next update, resolution,
     * follow-up; any other target after them, by code.
     *
     * @param targets the targets
     * @return them, ordered
     */
    public static List<SlaTarget> lifecycleOrder(java.util.Collection<SlaTarget> targets) {
        List<SlaTarget> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparingInt((SlaTarget t) -> {
            int i = LIFECYCLE.indexOf(t);
            return i < 0 ? LIFECYCLE.size() : i;
        }).thenComparing(SlaTarget::code));
        return ordered;
    }

    /**
     * An SLA target's readable name: {@code "first response"}, {@code "follow-up"}, or the code
     * with underscores as spaces.
     *
     * @param target the target
     * @return the name
     */
    public static String name(SlaTarget target) {
        return target.equals(SlaTarget.FOLLOW_UP) ? "follow-up" : target.code().replace('_', ' ');
    }

    /**
     * How a KPI changed, as a manager reads it: a percentage in percentage points
     * ({@code "+1.2 pp"}), an NPS in points ({@code "+2.5 points"}), anything else as the
     * difference in its unit and the relative change ({@code "-3.2 days (-51.4 %)"}).
     *
     * @param k the change
     * @return the text, or {@code "-"} when a value is missing
     */
    public static String change(KpiChange k) {
        if (k.before().isEmpty() || k.after().isEmpty()) {
            return "-";
        }
        KpiUnit unit = k.kpi().unit();
        BigDecimal diff = k.after().get().subtract(k.before().get());
        int d = decimals(unit);
        return switch (unit) {
            case PERCENT -> signed(diff, d) + " pp";
            case NPS -> signed(diff, d) + " points";
            default -> signed(diff, d) + suffix(unit)
                    + k.relativeChange().map(r -> " (" + signed(BigDecimal.valueOf(100 * r), 1) + " %)").orElse("");
        };
    }

    /**
     * The verdict of an improvement run in words, naming the KPIs by their labels.
     *
     * @param c the comparison
     * @return {@link Comparison#verdictText()}
     */
    public static String verdict(Comparison c) {
        return c.verdictText();
    }

    /**
     * A status name for files: the {@code KpiStatus} constant, or {@code NO_DATA}.
     *
     * @param status the status, if any
     * @return the name
     */
    public static String status(Optional<org.qualityloop.model.kpi.KpiStatus> status) {
        return status.map(Enum::name).orElse("NO_DATA");
    }

    /**
     * Lower-case words of an enum constant's name: {@code HIGHER_IS_BETTER} becomes
     * {@code "higher is better"}.
     *
     * @param e the constant
     * @return the words
     */
    public static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

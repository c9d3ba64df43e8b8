package org.qualityloop.examples.internal.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.examples.internal.Units;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.sla.SlaTarget;

/**
 * A run's results for CI, in the documented format {@value #FORMAT} (docs/scenarios.md, "Results
 * format"): what was run, every KPI of the scorecard with its target, at-risk threshold and status,
 * the status counts, SLA compliance per target in lifecycle order and, for an improvement run,
 * every KPI before and after with its test and the verdict. {@link #toJson()} writes it with
 * Jackson data binding (absent values as {@code null}); {@link #toCsv()} writes one row per KPI,
 * SLA target and verdict. Immutable.
 *
 * @param format the version of the format, {@value #FORMAT}
 * @param scenario the scenario's name
 * @param title the scenario's title
 * @param seed the seed of the run
 * @param cases the service cases simulated
 * @param feedbackCases the feedback cases driven through the workflow engine
 * @param firstDay the day of the first case (ISO date, in the calendar's zone)
 * @param lastDay the day of the last case
 * @param zone the calendar's zone id
 * @param counts the KPIs met, at risk, missed and without data
 * @param kpis every KPI, in scorecard order
 * @param sla the compliance per SLA target, in lifecycle order
 * @param improvement the improvement run, when one was made
 */
public record RunResults(int format, String scenario, String title, long seed, long cases, long feedbackCases,
        String firstDay, String lastDay, String zone, Counts counts, List<Kpi> kpis, List<Sla> sla,
        Optional<Improvement> improvement) {

    /** The version of the format; it changes only when a field is removed or changes its meaning. */
    public static final int FORMAT = 1;

    /** The header of the CSV form. */
    static final List<String> CSV_HEADER = List.of("scenario", "seed", "cases", "section", "id", "label", "unit",
            "value", "target", "at_risk", "status", "before", "after", "difference", "p_value", "adjusted_p",
            "significant", "expected");

    /**
     * Validates and copies the components.
     *
     * @param format the version of the format
     * @param scenario the scenario's name
     * @param title the scenario's title
     * @param seed the seed of the run
     * @param cases the service cases simulated
     * @param feedbackCases the feedback cases
     * @param firstDay the day of the first case
     * @param lastDay the day of the last case
     * @param zone the calendar's zone id
     * @param counts the status counts
     * @param kpis every KPI
     * @param sla the compliance per SLA target
     * @param improvement the improvement run, if any
     */
    public RunResults {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(counts, "counts");
        kpis = List.copyOf(kpis);
        sla = List.copyOf(sla);
        Objects.requireNonNull(improvement, "improvement");
    }

    /**
     * The results of a run, and of its improvement run if one was made.
     *
     * @param scenario the scenario run, not null
     * @param r the (before) run's result, not null
     * @param comparison the improvement run compared with it, if any
     * @return the results
     */
    public static RunResults of(Scenario scenario, SimulationResult r, Optional<Comparison> comparison) {
        Objects.requireNonNull(scenario, "scenario");
        SimulationResult.Run run = r.run();
        List<Kpi> kpis = new ArrayList<>();
        for (KpiScorecard.Row row : r.scorecard().rows()) {
            kpis.add(Kpi.of(scenario, row));
        }
        List<Sla> sla = new ArrayList<>();
        for (SlaTarget t : Units.lifecycleOrder(r.slaCompliance().keySet())) {
            Proportion p = r.slaCompliance().get(t);
            sla.add(new Sla(t.code(), Units.name(t), p.numerator(), p.denominator() - p.numerator(), p.percent()));
        }
        return new RunResults(FORMAT, run.scenario(), run.title(), run.seed(), run.cases(), run.feedbackCases(),
                run.firstDay().toString(), run.lastDay().toString(), run.zone().getId(),
                Counts.of(r.scorecard().counts()), kpis, sla, comparison.map(Improvement::of));
    }

    /**
     * The results as pretty-printed JSON, ending with a line break.
     *
     * @return the JSON text
     * @throws UncheckedIOException when Jackson cannot write them
     */
    public String toJson() {
        try {
            return QualityLoopJson.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this)
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The results as CSV (RFC 4180, a header row, line ends CRLF): a {@code kpi} row per KPI
     * (with the before/after columns filled on an improvement run), an {@code sla} row per target
     * and, on an improvement run, a {@code verdict} row.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        row(b, CSV_HEADER);
        for (Kpi k : kpis) {
            Optional<Change> c = improvement.flatMap(i -> i.kpis().stream().filter(x -> x.id().equals(k.id()))
                    .findFirst());
            row(b, List.of(scenario, Long.toString(seed), Long.toString(cases), "kpi", k.id(), k.label(), k.unit(),
                    text(k.value()), k.target().toPlainString(), k.atRisk().toPlainString(), k.status(),
                    text(c.flatMap(Change::before)), text(c.flatMap(Change::after)),
                    text(c.flatMap(Change::difference)), text(c.flatMap(Change::pValue)),
                    c.map(x -> Double.toString(x.adjustedP())).orElse(""),
                    c.map(x -> Boolean.toString(x.significant())).orElse(""),
                    c.map(x -> Boolean.toString(x.expected())).orElse("")));
        }
        for (Sla s : sla) {
            row(b, List.of(scenario, Long.toString(seed), Long.toString(cases), "sla", s.target(), s.name(),
                    "PERCENT", Double.toString(s.percent()), "", "", "", "", "", "", "", "", "", ""));
        }
        improvement.ifPresent(i -> row(b, List.of(scenario, Long.toString(seed), Long.toString(cases), "verdict",
                i.name(), i.verdict().text(), "", "", "", "", i.verdict().holds() ? "HOLDS" : "FAILS", "", "", "", "",
                "", "", "")));
        return b.toString();
    }

    private static String text(Optional<?> v) {
        return v.map(x -> x instanceof BigDecimal d ? d.toPlainString() : x.toString()).orElse("");
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    /**
     * How many KPIs reached each status.
     *
     * @param met the KPIs that met their target
     * @param atRisk the KPIs at risk
     * @param missed the KPIs that missed
     * @param noData the KPIs the run gave no data for
     */
    public record Counts(int met, int atRisk, int missed, int noData) {

        /**
         * The counts of a scorecard.
         *
         * @param c the scorecard's counts
         * @return the counts
         */
        static Counts of(KpiScorecard.Counts c) {
            return new Counts(c.met(), c.atRisk(), c.missed(), c.noData());
        }
    }

    /**
     * One KPI of the scorecard.
     *
     * @param id the KPI's id
     * @param label its display name
     * @param stage the process stage it belongs to, if any
     * @param unit its unit, a {@code KpiUnit} constant such as {@code PERCENT}
     * @param scale the top of a score's scale (5 for CSAT, 7 for CES), if it has one
     * @param direction {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}
     * @param value the measured value, unrounded; empty when the run gave no data
     * @param target the target
     * @param atRisk the threshold between at risk and missed
     * @param status {@code MET}, {@code AT_RISK}, {@code MISSED} or {@code NO_DATA}
     */
    public record Kpi(String id, String label, Optional<String> stage, String unit, Optional<Integer> scale,
            String direction, Optional<BigDecimal> value, BigDecimal target, BigDecimal atRisk, String status) {

        /**
         * Validates the KPI.
         *
         * @param id the KPI's id
         * @param label its display name
         * @param stage the process stage, if any
         * @param unit its unit
         * @param scale the top of a score's scale, if any
         * @param direction which way is better
         * @param value the measured value, if any
         * @param target the target
         * @param atRisk the at-risk threshold
         * @param status the status
         */
        public Kpi {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(value, "value");
        }

        static Kpi of(Scenario scenario, KpiScorecard.Row row) {
            KpiDefinition d = row.definition();
            String scale = Units.scale(scenario, d);
            return new Kpi(d.id().value(), d.name(), d.stage().map(Object::toString), d.unit().name(),
                    scale.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(scale.substring(" of ".length()))),
                    d.direction().name(), row.measured(), d.target(), d.atRisk(), Units.status(row.status()));
        }
    }

    /**
     * The compliance with one SLA target, over the feedback cases that ran it.
     *
     * @param target the target's code, such as {@code first_response}
     * @param name its readable name, such as {@code first response}
     * @param met the cases that met it
     * @param breached the cases that breached it
     * @param percent the share met, 0 to 100
     */
    public record Sla(String target, String name, long met, long breached, double percent) {
    }

    /**
     * An improvement run: the change, the verdict and every KPI before and after.
     *
     * @param name the improvement's name
     * @param description what it changes
     * @param placebo whether it changes nothing
     * @param afterSeed the seed of the after run
     * @param alpha the family-wise significance level
     * @param verdict the verdict on the KPIs the improvement names
     * @param counts the after run's status counts
     * @param kpis every KPI before and after, in scorecard order
     */
    public record Improvement(String name, String description, boolean placebo, long afterSeed, double alpha,
            Verdict verdict, Counts counts, List<Change> kpis) {

        /**
         * Copies the list.
         *
         * @param name the improvement's name
         * @param description what it changes
         * @param placebo whether it changes nothing
         * @param afterSeed the seed of the after run
         * @param alpha the significance level
         * @param verdict the verdict
         * @param counts the after run's status counts
         * @param kpis every KPI before and after
         */
        public Improvement {
            Objects.requireNonNull(verdict, "verdict");
            kpis = List.copyOf(kpis);
        }

        static Improvement of(Comparison c) {
            List<Change> kpis = c.changes().stream().map(k -> Change.of(c, k)).toList();
            return new Improvement(c.improvement().name(), c.improvement().description(),
                    c.improvement().isPlacebo(), c.after().run().seed(), Comparison.ALPHA,
                    new Verdict(c.verdict(), Units.verdict(c)), Counts.of(c.after().scorecard().counts()), kpis);
        }
    }

    /**
     * The verdict of an improvement run.
     *
     * @param holds true when a real change improved every KPI it names significantly, or a placebo
     *     moved none of them significantly
     * @param text the verdict in words, naming the KPIs by their labels
     */
    public record Verdict(boolean holds, String text) {
    }

    /**
     * One KPI before and after an improvement.
     *
     * @param id the KPI's id
     * @param label its display name
     * @param unit its unit
     * @param expected whether the improvement names it as one it should move
     * @param before the value before, if measured
     * @param after the value after, if measured
     * @param afterStatus the after run's status of the KPI
     * @param difference after minus before, in the KPI's unit (percentage points for percentages,
     *     points for NPS), if both were measured
     * @param relativeChange {@code (after - before) / |before|}, if both were measured and before is
     *     not 0
     * @param test the test: {@code TWO_PROPORTION_Z}, {@code MANN_WHITNEY_U} or {@code WELCH_T}
     * @param pValue the test's two-sided p-value, if it could be run
     * @param adjustedP the Holm-adjusted p-value within its family, 1 when no test ran
     * @param significant whether the adjusted p-value is below alpha
     * @param improved whether the value moved in the KPI's better direction
     */
    public record Change(String id, String label, String unit, boolean expected, Optional<BigDecimal> before,
            Optional<BigDecimal> after, String afterStatus, Optional<BigDecimal> difference,
            Optional<Double> relativeChange, String test, Optional<Double> pValue, double adjustedP,
            boolean significant, boolean improved) {

        /**
         * Validates the change.
         *
         * @param id the KPI's id
         * @param label its display name
         * @param unit its unit
         * @param expected whether the improvement names it
         * @param before the value before, if measured
         * @param after the value after, if measured
         * @param afterStatus the after run's status
         * @param difference after minus before, if both were measured
         * @param relativeChange the relative change, if defined
         * @param test the test
         * @param pValue the p-value, if a test ran
         * @param adjustedP the adjusted p-value
         * @param significant whether significant
         * @param improved whether improved
         */
        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(difference, "difference");
            Objects.requireNonNull(relativeChange, "relativeChange");
            Objects.requireNonNull(pValue, "pValue");
        }

        static Change of(Comparison c, KpiChange k) {
            KpiDefinition d = k.kpi();
            Optional<BigDecimal> diff = k.before().isPresent() && k.after().isPresent()
                    ? Optional.of(k.after().get().subtract(k.before().get())) : Optional.empty();
            String afterStatus = Units.status(c.after().scorecard().row(d.id()).flatMap(KpiScorecard.Row::status));
            return new Change(d.id().value(), d.name(), d.unit().name(), k.expected(), k.before(), k.after(),
                    afterStatus, diff, k.relativeChange(), k.test().name(),
                    k.result().map(t -> t.pValue()), k.adjustedP(), k.significant(), k.improved());
        }
    }
}

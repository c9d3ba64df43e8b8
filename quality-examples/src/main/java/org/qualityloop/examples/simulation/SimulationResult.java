package org.qualityloop.examples.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.CesResult;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.KpiId;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.sla.SlaTarget;

/**
 * What a simulated run measured: the KPI scorecard and the samples behind it, NPS, SLA
 * compliance per target, what the workflow engine did, the Pareto of complaint categories,
 * control charts with their alarms, weekly trends and the survey analyses. Every figure comes from
 * the {@code quality-metrics} accumulators and analyses fed by the run; none is scripted.
 *
 * <p>Immutable; maps keep a stable order (targets by code, periods by date, KPIs in scorecard
 * order), so the same seed gives an equal result.
 *
 * @param run what was run
 * @param scorecard every KPI graded against its target
 * @param samples the observations behind each KPI with data, in scorecard order
 * @param nps the NPS of every survey answer, if any
 * @param slaCompliance the share of feedback cases meeting each SLA target, by target
 * @param workflow what the case engine did
 * @param complaints the Pareto of valid feedback cases by category, if there were any
 * @param controlCharts daily control charts with their run-rule violations
 * @param npsByWeek the NPS per ISO week of the answer
 * @param slaByWeek the SLA compliance per target and ISO week of the feedback's receipt
 * @param surveys CSAT, CES, SERVQUAL, importance–performance and Kano results
 */
public record SimulationResult(Run run, KpiScorecard scorecard, Map<KpiId, KpiSample> samples,
        Optional<NpsResult> nps, Map<SlaTarget, Proportion> slaCompliance, Workflow workflow,
        Optional<Pareto<FeedbackCategory>> complaints, List<DailyChart> controlCharts,
        Map<CalendarPeriod, NpsResult> npsByWeek, Map<SlaTarget, Map<CalendarPeriod, Proportion>> slaByWeek,
        SurveyResults surveys) {

    /**
     * Validates and copies the components.
     *
     * @param run what was run
     * @param scorecard every KPI graded against its target
     * @param samples the observations behind each KPI with data, in scorecard order
     * @param nps the NPS of every survey answer, if any
     * @param slaCompliance the share of feedback cases meeting each SLA target, by target
     * @param workflow what the case engine did
     * @param complaints the Pareto of valid feedback cases by category, if there were any
     * @param controlCharts daily control charts with their run-rule violations
     * @param npsByWeek the NPS per ISO week of the answer
     * @param slaByWeek the SLA compliance per target and ISO week of the feedback's receipt
     * @param surveys CSAT, CES, SERVQUAL, importance–performance and Kano results
     * @throws NullPointerException naming a null component
     */
    public SimulationResult {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(scorecard, "scorecard");
        samples = ordered(samples, "samples");
        Objects.requireNonNull(nps, "nps");
        slaCompliance = ordered(slaCompliance, "slaCompliance");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(complaints, "complaints");
        controlCharts = Valid.listCopy(controlCharts, "controlCharts");
        npsByWeek = ordered(npsByWeek, "npsByWeek");
        Objects.requireNonNull(slaByWeek, "slaByWeek");
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> weeks = new LinkedHashMap<>();
        slaByWeek.forEach((k, v) -> weeks.put(k, ordered(v, "slaByWeek[" + k + "]")));
        slaByWeek = Collections.unmodifiableMap(weeks);
        Objects.requireNonNull(surveys, "surveys");
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map, String field) {
        Objects.requireNonNull(map, field);
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * A KPI's measured value.
     *
     * @param kpi the KPI's id
     * @return the value in the KPI's unit, or empty when the run gave no data for it
     * @throws IllegalArgumentException when the scenario has no such KPI
     */
    public Optional<BigDecimal> value(String kpi) {
        return row(kpi).measured();
    }

    /**
     * A KPI's grade.
     *
     * @param kpi the KPI's id
     * @return met, at risk or missed, or empty when the run gave no data for it
     * @throws IllegalArgumentException when the scenario has no such KPI
     */
    public Optional<KpiStatus> status(String kpi) {
        return row(kpi).status();
    }

    private KpiScorecard.Row row(String kpi) {
        return scorecard.row(KpiId.of(kpi)).orElseThrow(() -> new IllegalArgumentException(
                "kpi must be a KPI of scenario '" + run.scenario() + "', but was '" + kpi + "'"));
    }

    /**
     * What was run.
     *
     * @param scenario the scenario's name
     * @param title the scenario's title
     * @param seed the seed
     * @param cases the service cases simulated (orders, stays, journeys)
     * @param feedbackCases the feedback cases driven through the workflow engine
     * @param firstDay the day of the first case, in the calendar's zone
     * @param lastDay the day of the last case
     * @param zone the calendar's zone
     */
    public record Run(String scenario, String title, long seed, long cases, long feedbackCases, LocalDate firstDay,
            LocalDate lastDay, ZoneId zone) {
        /**
         * Validates the run.
         *
         * @param scenario the scenario's name
         * @param title the scenario's title
         * @param seed the seed
         * @param cases the service cases simulated (orders, stays, journeys)
         * @param feedbackCases the feedback cases driven through the workflow engine
         * @param firstDay the day of the first case, in the calendar's zone
         * @param lastDay the day of the last case
         * @param zone the calendar's zone
         */
        public Run {
            Valid.notBlank(scenario, "scenario");
            Valid.notBlank(title, "title");
            Valid.nonNegative(cases, "cases");
            Valid.nonNegative(feedbackCases, "feedbackCases");
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * What the case engine did with the feedback cases.
     *
     * @param commands the commands the simulator executed
     * @param rejectedCommands the commands the engine rejected; 0 when the simulator followed
     *     the lifecycle
     * @param rejections the first few rejection messages
     * @param slaWarnings the SLA warnings the engine's monitor recorded
     * @param slaBreaches the SLA breaches it recorded
     * @param escalations the escalations its policy made
     * @param confirmed cases closed with the customer confirming the solution
     * @param unreachable cases closed because the customer could not be reached
     * @param rejected cases rejected as invalid or malicious
     * @param open cases still open when the run ended
     * @param reopened resolved cases reopened at least once
     * @param knowledgeEntries the knowledge-base entries captured
     * @param agentUtilisation the share of the agents' working time spent on tasks while cases
     *     arrived, between 0 and 1
     */
    public record Workflow(long commands, long rejectedCommands, List<String> rejections, long slaWarnings,
            long slaBreaches, long escalations, long confirmed, long unreachable, long rejected, long open,
            long reopened, long knowledgeEntries, double agentUtilisation) {
        /**
         * Validates and copies the components.
         *
         * @param commands the commands the simulator executed
         * @param rejectedCommands the commands the engine rejected; 0 when the simulator followed
         *     the lifecycle
         * @param rejections the first few rejection messages
         * @param slaWarnings the SLA warnings the engine's monitor recorded
         * @param slaBreaches the SLA breaches it recorded
         * @param escalations the escalations its policy made
         * @param confirmed cases closed with the customer confirming the solution
         * @param unreachable cases closed because the customer could not be reached
         * @param rejected cases rejected as invalid or malicious
         * @param open cases still open when the run ended
         * @param reopened resolved cases reopened at least once
         * @param knowledgeEntries the knowledge-base entries captured
         * @param agentUtilisation the share of the agents' working time spent on tasks while cases
         *     arrived, between 0 and 1
         */
        public Workflow {
            rejections = Valid.listCopy(rejections, "rejections");
        }

        /**
         * Returns the cases closed in any way.
         *
         * @return the cases closed in any way
         */
        public long closed() {
            return confirmed + unreachable + rejected;
        }
    }

    /**
     * The survey analyses.
     *
     * @param respondents the customers who answered
     * @param csat the CSAT of every stage answer, if any
     * @param ces the CES, if any
     * @param servqual the SERVQUAL gaps, if anyone answered them
     * @param ipa the mean importance and performance per attribute, in the scenario's order
     * @param kano the Kano category counts per feature, in the scenario's order
     */
    public record SurveyResults(long respondents, Optional<CsatResult> csat, Optional<CesResult> ces,
            Optional<ServqualResult> servqual, Map<String, IpaPoint> ipa, Map<String, Map<KanoCategory, Long>> kano) {
        /**
         * Validates and copies the components.
         *
         * @param respondents the customers who answered
         * @param csat the CSAT of every stage answer, if any
         * @param ces the CES, if any
         * @param servqual the SERVQUAL gaps, if anyone answered them
         * @param ipa the mean importance and performance per attribute, in the scenario's order
         * @param kano the Kano category counts per feature, in the scenario's order
         */
        public SurveyResults {
            Objects.requireNonNull(csat, "csat");
            Objects.requireNonNull(ces, "ces");
            Objects.requireNonNull(servqual, "servqual");
            ipa = ordered(ipa, "ipa");
            Objects.requireNonNull(kano, "kano");
            Map<String, Map<KanoCategory, Long>> k = new LinkedHashMap<>();
            kano.forEach((f, counts) -> k.put(f, ordered(counts, "kano[" + f + "]")));
            kano = Collections.unmodifiableMap(k);
        }
    }
}

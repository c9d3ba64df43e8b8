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
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.workflow.cases.SlaExplanation;

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
 * @param insights the {@code quality-insight} analyses of the run: where time went in the feedback
 *     cases and in the journeys, the process map, the recovery paradox, a breached SLA explained
 */
public record SimulationResult(Run run, KpiScorecard scorecard, Map<KpiId, KpiSample> samples,
        Optional<NpsResult> nps, Map<SlaTarget, Proportion> slaCompliance, Workflow workflow,
        Optional<Pareto<FeedbackCategory>> complaints, List<DailyChart> controlCharts,
        Map<CalendarPeriod, NpsResult> npsByWeek, Map<SlaTarget, Map<CalendarPeriod, Proportion>> slaByWeek,
        SurveyResults surveys, Insights insights) {

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
     * @param insights the {@code quality-insight} analyses of the run
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
        Objects.requireNonNull(insights, "insights");
    }

    /**
     * Where time went in the closed feedback cases: the dwell time of every visit to a lifecycle
     * state, per state and per process stage, fed with each case's history as it closed.
     *
     * @return a copy, which the caller may change or merge
     */
    public DwellTimes dwellTimes() {
        return insights.dwellTimes();
    }

    /**
     * The process map mined from the closed feedback cases' histories.
     *
     * @return a copy, which the caller may change or merge
     */
    public ProcessMap processMap() {
        return insights.processMap();
    }

    /**
     * The recovery paradox over the survey answers: each respondent's NPS answer and their
     * satisfaction with the last stage of the journey, grouped by the outcome of their complaint
     * case — a case about a failed step (which the desk recovers with an apology, sometimes
     * compensation), else about a slow step, else none.
     *
     * @return a copy, which the caller may change or merge
     */
    public RecoveryParadox recoveryParadox() {
        return insights.recoveryParadox();
    }

    /**
     * Where time went in the journeys: every service case's visit to each stage and step of the
     * process, in wall-clock and working time.
     *
     * @return a copy, which the caller may change or merge
     */
    public StageTimes journeyTimes() {
        return insights.journeyTimes();
    }

    /**
     * The explanation of a breached SLA clock: that of the first feedback case that closed with a
     * clock of its last cycle breached, as the engine explained it when the case closed.
     *
     * @return the explanation, or empty when no case closed with a breach in its last cycle
     */
    public Optional<SlaExplanation> breachedSlaExample() {
        return insights.breachedSlaExample();
    }

    /**
     * The {@code quality-insight} analyses of a run. Holds its own copies of the accumulators and
     * hands out copies, so it is immutable and thread-safe; equal when every analysis is equal.
     */
    public static final class Insights {
        private final DwellTimes dwellTimes;
        private final ProcessMap processMap;
        private final RecoveryParadox recoveryParadox;
        private final StageTimes journeyTimes;
        private final Optional<SlaExplanation> breachedSlaExample;

        /**
         * Copies the analyses.
         *
         * @param dwellTimes where time went in the closed feedback cases, not null
         * @param processMap the process map of their histories, not null
         * @param recoveryParadox the recovery paradox over the survey answers, not null
         * @param journeyTimes where time went in the journeys, not null
         * @param breachedSlaExample a breached SLA clock explained, if any
         */
        public Insights(DwellTimes dwellTimes, ProcessMap processMap, RecoveryParadox recoveryParadox,
                StageTimes journeyTimes, Optional<SlaExplanation> breachedSlaExample) {
            this.dwellTimes = copy(Objects.requireNonNull(dwellTimes, "dwellTimes"));
            this.processMap = copy(Objects.requireNonNull(processMap, "processMap"));
            this.recoveryParadox = new RecoveryParadox().merge(Objects.requireNonNull(recoveryParadox,
                    "recoveryParadox"));
            this.journeyTimes = copy(Objects.requireNonNull(journeyTimes, "journeyTimes"));
            this.breachedSlaExample = Objects.requireNonNull(breachedSlaExample, "breachedSlaExample");
        }

        private static DwellTimes copy(DwellTimes d) {
            return new DwellTimes(d.calendar(), d.maxFollowUpAttempts()).merge(d);
        }

        private static ProcessMap copy(ProcessMap p) {
            return new ProcessMap(p.maxFollowUpAttempts()).merge(p);
        }

        private static StageTimes copy(StageTimes s) {
            return new StageTimes(s.calendar()).merge(s);
        }

        /**
         * Where time went in the closed feedback cases.
         *
         * @return a copy
         */
        public DwellTimes dwellTimes() {
            return copy(dwellTimes);
        }

        /**
         * The process map of the closed feedback cases' histories.
         *
         * @return a copy
         */
        public ProcessMap processMap() {
            return copy(processMap);
        }

        /**
         * The recovery paradox over the survey answers.
         *
         * @return a copy
         */
        public RecoveryParadox recoveryParadox() {
            return new RecoveryParadox().merge(recoveryParadox);
        }

        /**
         * Where time went in the journeys.
         *
         * @return a copy
         */
        public StageTimes journeyTimes() {
            return copy(journeyTimes);
        }

        /**
         * A breached SLA clock explained.
         *
         * @return the explanation, or empty
         */
        public Optional<SlaExplanation> breachedSlaExample() {
            return breachedSlaExample;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Insights i && dwellTimes.equals(i.dwellTimes) && processMap.equals(i.processMap)
                    && recoveryParadox.equals(i.recoveryParadox) && journeyTimes.equals(i.journeyTimes)
                    && breachedSlaExample.equals(i.breachedSlaExample);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dwellTimes, processMap, recoveryParadox, journeyTimes, breachedSlaExample);
        }

        @Override
        public String toString() {
            return "Insights[" + dwellTimes.cases() + " case histories, " + journeyTimes.byStage().size()
                    + " journey stages]";
        }
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

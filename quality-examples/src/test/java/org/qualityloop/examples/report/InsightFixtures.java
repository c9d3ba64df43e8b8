package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qualityloop.examples.BusinessTravel;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.CesResult;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaExplanation;

/**
 * Inputs of the headline, improvement, survey and insight sections, built from library types by
 * hand. The two histories and the recovery answers are the worked examples of quality-insight's
 * {@code DwellTimesTest}, {@code ProcessMapTest} and {@code RecoveryParadoxTest}, whose expected
 * values are derived there by hand.
 */
final class InsightFixtures {

    /** Monday to Friday, 09:00 to 17:00 UTC. */
    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();
    static final AgentId AGENT = AgentId.of("agent-1");

    private InsightFixtures() {
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** Builds one history event by event. */
    private static final class History {
        private final CaseId id;
        private final List<CaseEvent> events = new ArrayList<>();

        History(String id, Instant at, String stage) {
            this.id = CaseId.of(id);
            Feedback f = Feedback.builder(FeedbackId.of("fb-" + id), Channel.WEB, at)
                    .category(FeedbackCategory.TECHNICAL_ISSUE).build();
            events.add(CaseEvent.of(this.id, 1, CommandId.of("c1"), Actor.system("intake"), at,
                    new CaseChange.Received(f, Optional.ofNullable(stage).map(StageId::of))));
        }

        History then(String iso, CaseChange change) {
            int n = events.size() + 1;
            events.add(CaseEvent.of(id, n, CommandId.of("c" + n), Actor.agent(AGENT), at(iso), change));
            return this;
        }

        History register(String iso) {
            return then(iso, CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, Priority.HIGH,
                    AGENT));
        }
    }

    /** Case A of quality-insight's DwellTimesTest: a wait on the customer, closed on Friday. */
    static List<CaseEvent> caseA() {
        return new History("case-a", at("2026-03-02T09:00:00Z"), "approval")
                .register("2026-03-02T10:00:00Z")
                .then("2026-03-02T16:00:00Z", CaseChange.responded())
                .then("2026-03-02T16:30:00Z", CaseChange.awaitingCustomer())
                .then("2026-03-03T10:00:00Z", CaseChange.customerReplied())
                .then("2026-03-03T12:00:00Z", CaseChange.Resolved.plain())
                .then("2026-03-06T12:00:00Z", CaseChange.followUpStarted())
                .then("2026-03-06T14:00:00Z", CaseChange.Confirmed.withSatisfaction(4))
                .events;
    }

    /** Case B of quality-insight's DwellTimesTest: reopened once, then three failed follow-ups. */
    static List<CaseEvent> caseB() {
        return new History("case-b", at("2026-03-02T09:00:00Z"), null)
                .register("2026-03-02T09:30:00Z")
                .then("2026-03-02T10:00:00Z", CaseChange.responded())
                .then("2026-03-02T11:00:00Z", CaseChange.Resolved.plain())
                .then("2026-03-02T13:00:00Z", CaseChange.followUpStarted())
                .then("2026-03-02T14:00:00Z", new CaseChange.Reopened("not solved"))
                .then("2026-03-02T15:00:00Z", CaseChange.responded())
                .then("2026-03-02T16:00:00Z", CaseChange.Resolved.plain())
                .then("2026-03-03T09:00:00Z", CaseChange.followUpStarted())
                .then("2026-03-03T10:00:00Z", CaseChange.followUpFailed())
                .then("2026-03-03T11:00:00Z", CaseChange.followUpFailed())
                .then("2026-03-03T12:00:00Z", CaseChange.followUpFailed())
                .events;
    }

    /** A rejected case, and a case that went through rectification, to have every state on the map. */
    static List<List<CaseEvent>> rejectedAndRectified() {
        List<CaseEvent> rejected = new History("case-c", at("2026-03-02T09:00:00Z"), null)
                .then("2026-03-02T09:10:00Z", new CaseChange.Rejected(Validity.invalid("spam")))
                .events;
        List<CaseEvent> rectified = new History("case-d", at("2026-03-02T09:00:00Z"), null)
                .register("2026-03-02T09:20:00Z")
                .then("2026-03-02T10:00:00Z", CaseChange.responded())
                .then("2026-03-02T11:00:00Z", new CaseChange.RectificationStarted("fix the form"))
                .then("2026-03-03T11:00:00Z", CaseChange.Resolved.plain())
                .then("2026-03-03T12:00:00Z", CaseChange.followUpStarted())
                .then("2026-03-03T13:00:00Z", CaseChange.Confirmed.withSatisfaction(5))
                .events;
        return List.of(rejected, rectified);
    }

    static DwellTimes dwellTimes() {
        DwellTimes d = DwellTimes.of(FeedbackLifecycle.standard(OFFICE));
        d.add(caseA());
        d.add(caseB());
        return d;
    }

    static ProcessMap processMap() {
        ProcessMap m = ProcessMap.of(FeedbackLifecycle.standard(OFFICE));
        m.add(caseA());
        m.add(caseB());
        return m;
    }

    private static final Instant T = at("2026-03-02T09:00:00Z");

    private static Optional<CaseOutcome> complaint(String id, RecoveryAction... actions) {
        CaseOutcome.Builder b = CaseOutcome.builder(CaseId.of(id), FeedbackId.of("fb-" + id), Channel.PHONE,
                FeedbackCategory.SERVICE_ATTITUDE, Severity.MAJOR, T).resolvedAt(T.plusSeconds(3_600));
        for (RecoveryAction a : actions) {
            b.recoveryAction(a);
        }
        return Optional.of(b.build(T.plusSeconds(7_200), Closure.CONFIRMED));
    }

    private static RecoveryAction action(RecoveryActionKind kind, RecoveryOutcome outcome) {
        return kind == RecoveryActionKind.COMPENSATION
                ? RecoveryAction.compensation(Money.of("50", "CNY"), AGENT, T, outcome)
                : RecoveryAction.of(kind, AGENT, T, outcome);
    }

    /**
     * The answers of quality-insight's RecoveryParadoxTest: never failed NPS 25 (4 answers), 2 of
     * 3 satisfied; recovered NPS 40 (5 answers), 3 of 4 satisfied (Wilson 30.1 % to 95.4 %); not
     * recovered NPS −66.7 (3 answers), 1 of 3 satisfied; recovered against never failed: NPS
     * +15 points, satisfied z = 0.2415.
     */
    static RecoveryParadox recoveryParadox() {
        RecoveryParadox r = new RecoveryParadox();
        for (int s : new int[] {10, 9, 8, 6}) {
            r.addNps(Optional.empty(), s);
        }
        for (int s : new int[] {5, 4, 3}) {
            r.addSatisfaction(Optional.empty(), s);
        }
        RecoveryAction apology = action(RecoveryActionKind.APOLOGY, RecoveryOutcome.SUCCEEDED);
        RecoveryAction compensation = action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.SUCCEEDED);
        r.addNps(complaint("r1", apology), 10);
        r.addNps(complaint("r2", compensation), 10);
        r.addNps(complaint("r3", apology, compensation), 9);
        r.addNps(complaint("r4", action(RecoveryActionKind.FIX, RecoveryOutcome.SUCCEEDED)), 7);
        r.addNps(complaint("r5", apology), 3);
        for (int s : new int[] {5, 5, 4, 2}) {
            r.addSatisfaction(complaint("rs", apology), s);
        }
        r.addNps(complaint("n1"), 2);
        r.addNps(complaint("n2", action(RecoveryActionKind.APOLOGY, RecoveryOutcome.FAILED)), 5);
        r.addNps(complaint("n3", action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.PENDING)), 8);
        for (int s : new int[] {1, 2, 4}) {
            r.addSatisfaction(complaint("ns"), s);
        }
        return r;
    }

    /**
     * A breached resolution clock, by hand on the office calendar with Tuesday 3 March a holiday:
     * 4 h of working time from Monday 15:00; counted Mon 15:00–16:30 (1 h 30), paused Mon 16:30
     * to Wed 10:00, then Wed 10:00–12:30 (2 h 30): the deadline Wed 12:30, breached then; at Wed
     * 13:00 it has counted 4 h 30.
     */
    static SlaExplanation slaExplanation() {
        return new SlaExplanation(CaseId.of("case-42"), SlaTarget.RESOLUTION, 1, at("2026-03-04T13:00:00Z"),
                SlaStatus.BREACHED, Duration.ofHours(4), "office", Optional.of("rule 1 of policy 'standard'"),
                at("2026-03-02T15:00:00Z"), at("2026-03-04T12:30:00Z"), Optional.empty(),
                Optional.of(at("2026-03-04T12:30:00Z")), Duration.ofMinutes(270),
                List.of(new SlaExplanation.Span(at("2026-03-02T15:00:00Z"), at("2026-03-02T16:30:00Z")),
                        new SlaExplanation.Span(at("2026-03-04T10:00:00Z"), at("2026-03-04T13:00:00Z"))),
                List.of(new SlaPause(at("2026-03-02T16:30:00Z"), at("2026-03-04T10:00:00Z"))), Optional.empty(),
                List.of(LocalDate.parse("2026-03-03")), List.of());
    }

    static Map<String, Map<KanoCategory, Long>> kanoCounts() {
        Map<String, Map<KanoCategory, Long>> counts = new LinkedHashMap<>();
        Map<KanoCategory, Long> boarding = new EnumMap<>(KanoCategory.class);
        boarding.put(KanoCategory.ATTRACTIVE, 30L);
        boarding.put(KanoCategory.ONE_DIMENSIONAL, 10L);
        boarding.put(KanoCategory.MUST_BE, 5L);
        boarding.put(KanoCategory.INDIFFERENT, 5L);
        counts.put("Mobile boarding pass", boarding);
        Map<KanoCategory, Long> invoice = new EnumMap<>(KanoCategory.class);
        invoice.put(KanoCategory.MUST_BE, 40L);
        invoice.put(KanoCategory.ONE_DIMENSIONAL, 12L);
        invoice.put(KanoCategory.INDIFFERENT, 8L);
        invoice.put(KanoCategory.QUESTIONABLE, 2L);
        counts.put("Correct invoice", invoice);
        return counts;
    }

    static SurveyScoresSection surveyScores() {
        return new SurveyScoresSection("Customer satisfaction and effort", Optional.of(new CsatResult(200, 1, 5, 4.12, 0.78)),
                Optional.of(new CesResult(CesForm.AGREEMENT_1_TO_7, 150, 5.4, Optional.of(Proportion.of(120, 150)))));
    }

    private static KpiDefinition kpi(String id) {
        return BusinessTravel.kpis().stream().filter(k -> k.id().equals(KpiId.of(id))).findFirst().orElseThrow();
    }

    /**
     * The business-travel improvement as the harness printed it (20,000 cases, seed 42): the
     * reimbursement cycle named by the change; NPS and the resolution rate moved too; the order
     * accuracy did not move at all.
     */
    static ImprovementSection improvement() {
        List<ImprovementSection.Change> changes = List.of(
                new ImprovementSection.Change(kpi("order-accuracy"), Optional.of(new BigDecimal("97.74")),
                        Optional.of(new BigDecimal("97.74")), "two-proportion z", OptionalDouble.of(1.0),
                        OptionalDouble.of(1.0), false, false),
                new ImprovementSection.Change(kpi("resolution-rate"), Optional.of(new BigDecimal("99.05")),
                        Optional.of(new BigDecimal("99.01")), "two-proportion z", OptionalDouble.of(0.81),
                        OptionalDouble.of(1.0), false, false),
                new ImprovementSection.Change(kpi("reimbursement-cycle"), Optional.of(new BigDecimal("6.28")),
                        Optional.of(new BigDecimal("3.05")), "Mann-Whitney U", OptionalDouble.of(0.00001),
                        OptionalDouble.of(0.00001), true, true),
                new ImprovementSection.Change(kpi("nps"), Optional.of(new BigDecimal("24.7")),
                        Optional.of(new BigDecimal("30.6")), "Welch t", OptionalDouble.of(0.0001),
                        OptionalDouble.of(0.0009), true, false),
                new ImprovementSection.Change(kpi("policy-compliance"), Optional.empty(), Optional.empty(),
                        "two-proportion z", OptionalDouble.empty(), OptionalDouble.empty(), false, false));
        return new ImprovementSection("Improvement: fast-approval-node",
                "Speed up the slow approval node of the expense audit", false, 0.05, changes);
    }

    static HeadlineSection headline() {
        return HeadlineSection.of("At a glance", ReportFixtures.scorecard());
    }

    /** Every part: the headline and improvement given last, to show the builder puts them first. */
    static QualityReport insightReport() {
        return QualityReport.builder("Business travel \u2014 simulated quarter")
                .subtitle("Scenario business-travel, seed 42")
                .add(ReportFixtures.summary())
                .add(ReportFixtures.scorecardSection())
                .add(surveyScores())
                .add(new KanoSection("Kano classification", kanoCounts()))
                .slaExplanation(new SlaExplanationSection("Why case-42 breached its resolution target",
                        slaExplanation()))
                .recoveryParadox(RecoveryParadoxSection.of("Recovery paradox", recoveryParadox()))
                .processMap(ProcessMapSection.of("Process map", processMap(), 1))
                .bottlenecks(BottleneckSection.of("Where time goes", dwellTimes(),
                        org.qualityloop.insight.DwellMeasure.WORKING))
                .improvement(improvement())
                .headline(headline())
                .build();
    }
}

package org.qualityloop.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.qualityloop.apicheck.PublicApiContract;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.model.survey.ImportancePerformance;
import org.qualityloop.model.survey.SurveyContext;

/** The public-API null and equality checks of {@code PublicApiContract} over this module. */
class PublicApiNullsTest extends PublicApiContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** Samples the generic builder cannot invent: variant 0 and a different variant 1, built afresh on each call. */
    private static Map<Class<?>, IntFunction<?>> samples() {
        Map<Class<?>, IntFunction<?>> r = new HashMap<>();
        SlaTarget resolution = new SlaTarget("resolution");
        r.put(BusinessCalendar.class, v -> v == 0 ? BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)
                : BusinessCalendar.twentyFourSeven("paris", ZoneId.of("Europe/Paris")));
        r.put(BusinessCalendar.Builder.class, v -> BusinessCalendar.builder("b" + v, ZoneOffset.UTC));
        r.put(SlaRule.class, v -> SlaRule.of(Map.of(resolution, Duration.ofHours(8 - v))));
        r.put(SlaPolicy.class, v -> new SlaPolicy("p" + v, List.of(), Map.of(resolution, Duration.ofHours(8 - v)),
                List.of(), ReopenMode.values()[0]));
        r.put(SlaWarning.class, v -> new SlaWarning.Before(Duration.ofHours(1 + v)));
        r.put(SlaClock.class, v -> SlaClock.start(resolution, Duration.ofHours(8 - v), T0,
                BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)));
        r.put(Currency.class, v -> Currency.getInstance(v == 0 ? "EUR" : "USD"));
        r.put(ZoneId.class, v -> v == 0 ? ZoneOffset.UTC : ZoneId.of("Europe/Paris"));
        r.put(DayOfWeek.class, v -> DayOfWeek.of(1 + v));
        r.put(LocalDate.class, v -> LocalDate.of(2026, 3, 2 + v));
        r.put(LocalTime.class, v -> LocalTime.of(9 + v, 0));
        r.put(MonthDay.class, v -> MonthDay.of(12, 25 + v));
        r.put(WorkingInterval.class, v -> WorkingInterval.of(LocalTime.of(9, 0), LocalTime.of(17 + v, 0)));
        r.put(SlaPause.class, v -> new SlaPause(T0, T0.plusSeconds(60L * (1 + v))));
        r.put(SlaWarning.Share.class, v -> new SlaWarning.Share(new BigDecimal(v == 0 ? "0.5" : "0.75")));
        r.put(SlaContext.class, v -> v == 0 ? SlaContext.of(Priority.values()[0]) : SlaContext.of(Priority.values()[1]));
        r.put(Validity.class, v -> v == 0 ? Validity.valid() : Validity.invalid("duplicate"));
        r.put(ImportancePerformance.class, v -> new ImportancePerformance(
                new SurveyContext(CustomerId.of("c-1"), T0, Optional.empty(), Optional.empty(), Optional.empty()),
                "speed", 3 + v, 4, 5));
        r.put(Touchpoint.Builder.class, v -> touchpoint(v));
        r.put(ServiceProcess.Builder.class, v -> process(v));
        r.put(ServiceProcess.class, v -> process(v).build());
        r.put(Feedback.Builder.class, v -> Feedback.builder(FeedbackId.of("fb-" + v), Channel.APP, T0));
        r.put(KpiDefinition.Builder.class, v -> KpiDefinition.builder("kpi-" + v, "KPI " + v));
        r.put(CaseOutcome.Builder.class, v -> outcome(v));
        r.put(org.qualityloop.model.sla.SlaPolicy.Builder.class,
                v -> org.qualityloop.model.sla.SlaPolicy.builder("policy-" + v));
        r.put(CaseOutcome.class, v -> outcome(v).resolvedAt(T0.plusSeconds(3600))
                .build(T0.plusSeconds(7200), Closure.CONFIRMED));
        return r;
    }

    private static Touchpoint.Builder touchpoint(int v) {
        return Touchpoint.builder("tp-" + v, "Touchpoint").stage("s").phase(JourneyPhase.DELIVERY)
                .channel(Channel.APP).lane(BlueprintLane.FRONT_STAGE).ownedBy("team-a");
    }

    private static ServiceProcess.Builder process(int v) {
        return ServiceProcess.builder("p-" + v, "Process").stage("s", "Stage").touchpoint(touchpoint(v));
    }

    private static CaseOutcome.Builder outcome(int v) {
        return CaseOutcome.builder(CaseId.of("case-" + v), FeedbackId.of("fb-1"), Channel.APP,
                FeedbackCategory.TECHNICAL_ISSUE, Severity.values()[0], T0);
    }

    @Override
    protected Class<?> anchor() {
        return Touchpoint.class;
    }

    @Override
    protected Map<Class<?>, IntFunction<?>> registry() {
        return samples();
    }
}

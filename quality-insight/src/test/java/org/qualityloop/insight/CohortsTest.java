package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityloop.insight.History.at;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * A worked example derived by hand on the office calendar (Monday to Friday 09:00–17:00 UTC) under
 * SLA policy A of {@link SlaWhatIfTest} (first response 2 h, resolution 8 h of working time); weeks
 * in UTC. Monday 2 March 2026 starts ISO week 10, Monday 9 March week 11.
 *
 * <pre>
 * P web,   gold,    technical-issue  received Mon 2 Mar 09:00, responded 10:00 (1 h), resolved 15:00 (6 h),
 *                                    confirmed 16:00 with 5            first response met, resolution met
 * Q email, default, product          received (as technical-issue) Sun 8 Mar 23:30, registered as product,
 *                                    responded Mon 12:00 (12 h 30 wall; 3 h working: breached),
 *                                    resolved 13:00 (13 h 30 wall; 4 h working: met), confirmed 16:00 with 2
 * R web,   gold,    technical-issue  received Mon 9 Mar 10:00, responded 10:30 (30 min), resolved 11:00,
 *                                    reopened 13:00 after the follow-up, responded 13:30, resolved 15:00 (5 h
 *                                    after receipt), confirmed 16:00 with 4; both targets met
 * S phone, default, technical-issue  received Tue 10 Mar 09:00, registered, still open
 * T web,   default, product          received Tue 10 Mar 10:00, rejected as spam at 10:05
 * </pre>
 * Weeks: 2026-W10 holds P and Q (Sunday 23:30 is the last minute of week 10): 2 cases, 2 closed,
 * resolution 2/2, reopen 0/2, first response [1 h, 12 h 30] (median 1 h), resolution [6 h, 13 h 30],
 * first-response compliance 1/2, resolution 2/2, satisfaction mean (5 + 2) / 2 = 3.5. 2026-W11 holds
 * R, S and T: 3 cases, 2 closed (R, T), resolution 1/2 (T was rejected), reopen 1/1, first response
 * [30 min], resolution [5 h], compliance 1/1 for both targets, satisfaction 4. Channels: web P, R, T
 * (3 closed, resolution 2/3, reopen 1/2), email Q, phone S (1 case, none closed, no KPI). Segments:
 * gold P, R; default Q, S, T. Categories: technical-issue P, R, S; product Q (as registered), T.
 */
class CohortsTest {

    static final FeedbackLifecycle OFFICE = SlaWhatIfTest.OFFICE;

    static CaseChange registered(FeedbackCategory category, Optional<CustomerSegment> segment) {
        return new CaseChange.Registered(category, Severity.MAJOR, Priority.HIGH, History.AGENT, Optional.empty(),
                segment);
    }

    static final Optional<CustomerSegment> GOLD = Optional.of(CustomerSegment.of("gold"));

    static List<CaseEvent> p() {
        return History.withSla(History.received("p", at("2026-03-02T09:00:00Z"), null, Channel.WEB,
                        FeedbackCategory.TECHNICAL_ISSUE)
                .then(at("2026-03-02T09:00:00Z"), registered(FeedbackCategory.TECHNICAL_ISSUE, GOLD))
                .then(at("2026-03-02T10:00:00Z"), CaseChange.responded())
                .then(at("2026-03-02T15:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-02T16:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-02T16:00:00Z"), CaseChange.Confirmed.withSatisfaction(5))
                .events(), OFFICE, SlaWhatIfTest.A);
    }

    static List<CaseEvent> q() {
        return History.withSla(History.received("q", at("2026-03-08T23:30:00Z"), null, Channel.EMAIL,
                        FeedbackCategory.TECHNICAL_ISSUE)
                .then(at("2026-03-08T23:30:00Z"), registered(FeedbackCategory.PRODUCT, Optional.empty()))
                .then(at("2026-03-09T12:00:00Z"), CaseChange.responded())
                .then(at("2026-03-09T13:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-09T16:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-09T16:00:00Z"), CaseChange.Confirmed.withSatisfaction(2))
                .events(), OFFICE, SlaWhatIfTest.A);
    }

    static List<CaseEvent> r() {
        return History.withSla(History.received("r", at("2026-03-09T10:00:00Z"), null, Channel.WEB,
                        FeedbackCategory.TECHNICAL_ISSUE)
                .then(at("2026-03-09T10:00:00Z"), registered(FeedbackCategory.TECHNICAL_ISSUE, GOLD))
                .then(at("2026-03-09T10:30:00Z"), CaseChange.responded())
                .then(at("2026-03-09T11:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-09T12:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-09T13:00:00Z"), new CaseChange.Reopened("not solved"))
                .then(at("2026-03-09T13:00:00Z"), CaseChange.Assigned.to(History.AGENT))
                .then(at("2026-03-09T13:30:00Z"), CaseChange.responded())
                .then(at("2026-03-09T15:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-09T16:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-09T16:00:00Z"), CaseChange.Confirmed.withSatisfaction(4))
                .events(), OFFICE, SlaWhatIfTest.A);
    }

    static List<CaseEvent> s() {
        return History.withSla(History.received("s", at("2026-03-10T09:00:00Z"), null, Channel.PHONE,
                        FeedbackCategory.TECHNICAL_ISSUE)
                .then(at("2026-03-10T09:00:00Z"), registered(FeedbackCategory.TECHNICAL_ISSUE, Optional.empty()))
                .events(), OFFICE, SlaWhatIfTest.A);
    }

    static List<CaseEvent> t() {
        return History.received("t", at("2026-03-10T10:00:00Z"), null, Channel.WEB, FeedbackCategory.PRODUCT)
                .then(at("2026-03-10T10:05:00Z"), new CaseChange.Rejected(Validity.invalid("spam")))
                .events();
    }

    static Cohorts example() {
        Cohorts c = Cohorts.of(OFFICE);
        List.of(p(), q(), r(), s(), t()).forEach(c::add);
        return c;
    }

    static Duration h(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Test
    void byWeek_workedExample_givesEachWeeksKpis() {
        Cohorts c = example();
        assertThat(c.cases()).isEqualTo(5);
        List<CohortKpis> weeks = c.by(CohortDimension.WEEK);
        assertThat(weeks).extracting(k -> k.key().value()).containsExactly("2026-W10", "2026-W11");

        CohortKpis w10 = weeks.get(0);
        assertThat(w10.cases()).isEqualTo(2);
        assertThat(w10.closed()).isEqualTo(2);
        assertThat(w10.resolutionRate()).contains(Proportion.of(2, 2));
        assertThat(w10.reopenRate()).contains(Proportion.of(0, 2));
        TimeDistributionResult fr = w10.firstResponse().orElseThrow();
        assertThat(fr.count()).isEqualTo(2);
        assertThat(fr.min()).isEqualTo(h(1));
        assertThat(fr.max()).isEqualTo(h(12.5));
        assertThat(w10.resolution().orElseThrow().min()).isEqualTo(h(6));
        assertThat(w10.resolution().orElseThrow().max()).isEqualTo(h(13.5));
        assertThat(w10.slaCompliance()).containsEntry(SlaTarget.FIRST_RESPONSE, Proportion.of(1, 2))
                .containsEntry(SlaTarget.RESOLUTION, Proportion.of(2, 2));
        assertThat(w10.satisfaction().orElseThrow().mean()).isEqualTo(3.5);

        CohortKpis w11 = weeks.get(1);
        assertThat(w11.cases()).isEqualTo(3);
        assertThat(w11.closed()).isEqualTo(2);
        assertThat(w11.open()).isEqualTo(1);
        assertThat(w11.resolutionRate()).contains(Proportion.of(1, 2));
        assertThat(w11.reopenRate()).contains(Proportion.of(1, 1));
        assertThat(w11.firstResponse().orElseThrow().max()).isEqualTo(h(0.5));
        assertThat(w11.resolution().orElseThrow().max()).isEqualTo(h(5));
        assertThat(w11.slaCompliance()).containsEntry(SlaTarget.FIRST_RESPONSE, Proportion.of(1, 1))
                .containsEntry(SlaTarget.RESOLUTION, Proportion.of(1, 1));
        assertThat(w11.satisfaction().orElseThrow().mean()).isEqualTo(4.0);
    }

    @Test
    void byChannelSegmentCategory_workedExample_groupsTheSameCases() {
        Cohorts c = example();
        assertThat(c.by(CohortDimension.CHANNEL)).extracting(k -> k.key().value() + " " + k.cases() + "/" + k.closed())
                .containsExactly("email 1/1", "phone 1/0", "web 3/3");
        CohortKpis web = c.cohort(CohortKey.of(CohortDimension.CHANNEL, "web")).orElseThrow();
        assertThat(web.resolutionRate()).contains(Proportion.of(2, 3));
        assertThat(web.reopenRate()).contains(Proportion.of(1, 2));
        CohortKpis phone = c.cohort(CohortKey.of(CohortDimension.CHANNEL, "phone")).orElseThrow();
        assertThat(phone.resolutionRate()).isEmpty();
        assertThat(phone.firstResponse()).isEmpty();
        assertThat(phone.slaCompliance()).isEmpty();
        assertThat(phone.satisfaction()).isEmpty();

        assertThat(c.by(CohortDimension.SEGMENT)).extracting(k -> k.key().value() + " " + k.cases() + "/" + k.closed())
                .containsExactly("default 3/2", "gold 2/2");
        assertThat(c.by(CohortDimension.CATEGORY)).extracting(k -> k.key().value() + " " + k.cases() + "/" + k.closed())
                .containsExactly("product 2/2", "technical-issue 3/2");
        assertThat(c.cohort(CohortKey.of(CohortDimension.CHANNEL, "app"))).isEmpty();
    }

    @Test
    void week_isTheIsoWeekOfTheLocalDate() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(Cohorts.week(at("2026-03-08T15:30:00Z"), shanghai)).isEqualTo("2026-W10"); // Sun 23:30
        assertThat(Cohorts.week(at("2026-03-08T16:30:00Z"), shanghai)).isEqualTo("2026-W11"); // Mon 00:30
        // 1 January 2026 is a Thursday, so 2026 has 53 weeks and Friday 1 January 2027 is in its last
        assertThat(Cohorts.week(at("2026-01-01T12:00:00Z"), ZoneId.of("UTC"))).isEqualTo("2026-W01");
        assertThat(Cohorts.week(at("2027-01-01T12:00:00Z"), ZoneId.of("UTC"))).isEqualTo("2026-W53");
        assertThat(Cohorts.week(at("2027-01-04T12:00:00Z"), ZoneId.of("UTC"))).isEqualTo("2027-W01");
    }

    @Test
    void merge_otherLifecycleOrZone_isRejected() {
        Cohorts c = Cohorts.of(OFFICE);
        assertThatThrownBy(() -> c.merge(Cohorts.of(OFFICE, ZoneId.of("Asia/Shanghai"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("other.zone must be Z, but was Asia/Shanghai");
        assertThatThrownBy(() -> c.merge(Cohorts.of(FeedbackLifecycle.standard(History.OFFICE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("other must replay on the same");
        assertThatThrownBy(() -> CohortKey.of(CohortDimension.WEEK, " "))
                .hasMessage("value must not be blank, but was ' '");
    }
}

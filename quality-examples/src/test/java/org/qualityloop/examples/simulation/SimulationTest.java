package org.qualityloop.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioJson;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The simulation: deterministic for a seed, and its outcomes follow from the scenario's rules —
 * the desk's capacity, the calendar — rather than being scripted.
 */
class SimulationTest {

    @Test
    void sameSeed_givesAnEqualResult_anotherSeedDoesNot() {
        Simulation sim = Simulation.of(Scenarios.hotel()).seed(11).cases(4_000);
        SimulationResult a = sim.run();
        SimulationResult b = sim.run();
        assertThat(b).isEqualTo(a);
        assertThat(sim.seed(12).run()).isNotEqualTo(a);
    }

    @Test
    void scenarioReadFromItsJson_runsExactlyLikeTheBuiltIn() {
        Scenario travel = Scenarios.businessTravel();
        Scenario fromJson = ScenarioJson.read(ScenarioJson.write(travel), "business-travel.json");
        assertThat(Simulation.of(fromJson).cases(3_000).run()).isEqualTo(Simulation.of(travel).cases(3_000).run());
    }

    @Test
    void everyFeedbackCase_isAccountedFor_andEveryCommandAccepted() {
        SimulationResult r = Simulation.of(Scenarios.passengerTransport()).cases(8_000).run();
        SimulationResult.Workflow w = r.workflow();
        assertThat(w.rejectedCommands()).isZero();
        assertThat(w.confirmed() + w.unreachable() + w.rejected() + w.open()).isEqualTo(r.run().feedbackCases());
        assertThat(w.open()).isZero();
        // Invalid feedback is rejected with a reason, never dropped: about 3 % of it.
        assertThat((double) w.rejected() / r.run().feedbackCases()).isBetween(0.01, 0.06);
        assertThat(r.samples().keySet()).containsAll(r.scorecard().rows().stream().map(row -> row.definition().id())
                .filter(id -> r.scorecard().row(id).orElseThrow().hasData()).toList());
    }

    @Test
    void fewerAgents_meanMoreBreachesEscalationsAndSlowerResponses() {
        Scenario travel = Scenarios.businessTravel();
        Scenario understaffed = travel.toBuilder().desk(travel.desk().withAgents(9)).build();
        SimulationResult staffed = Simulation.of(travel).seed(3).cases(12_000).run();
        SimulationResult short_ = Simulation.of(understaffed).seed(3).cases(12_000).run();
        assertThat(short_.workflow().slaBreaches()).isGreaterThan(2 * staffed.workflow().slaBreaches());
        assertThat(short_.workflow().escalations()).isGreaterThan(staffed.workflow().escalations());
        assertThat(short_.value("complaint-response").orElseThrow())
                .isGreaterThan(staffed.value("complaint-response").orElseThrow());
        assertThat(short_.slaCompliance().get(SlaTarget.RESOLUTION).rate())
                .isLessThan(staffed.slaCompliance().get(SlaTarget.RESOLUTION).rate());
        assertThat(short_.workflow().agentUtilisation()).isGreaterThan(staffed.workflow().agentUtilisation());
        // The journeys do not depend on the desk.
        assertThat(short_.value("reimbursement-cycle")).isEqualTo(staffed.value("reimbursement-cycle"));
    }

    @Test
    void nationalDayClosure_showsAsABacklogTheControlChartFlags() {
        // The travel service centre, closed 1-7 October 2026 instead of working its duty roster;
        // cases keep arriving.
        BusinessCalendar.Builder closed = BusinessCalendar.builder("closed-national-day", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00"))
                .holiday(MonthDay.of(1, 1));
        for (int day = 1; day <= 7; day++) {
            closed.holiday(MonthDay.of(10, day));
        }
        SimulationResult r = Simulation.of(Scenarios.businessTravel().toBuilder().calendar(closed.build()).build())
                .cases(45_000).run();
        DailyChart xmr = r.controlCharts().stream().filter(c -> c.chartType().startsWith("XmR")).findFirst()
                .orElseThrow();
        List<LocalDate> alarms = xmr.alarmDays();
        assertThat(alarms).anySatisfy(d -> assertThat(d).isBetween(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 10)));
        double september = mean(xmr, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 25));
        double holiday = mean(xmr, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
        assertThat(holiday).isGreaterThan(3 * september);
    }

    private static double mean(DailyChart c, LocalDate from, LocalDate to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.days().size(); i++) {
            if (!c.days().get(i).isBefore(from) && !c.days().get(i).isAfter(to)) {
                sum += c.points().get(i).value();
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void progress_isReportedInOrder_upToTheLastCase() {
        List<Long> done = new ArrayList<>();
        Simulation.of(Scenarios.hotel()).cases(2_000).progress((d, total, at) -> {
            assertThat(total).isEqualTo(2_000);
            done.add(d);
        }).run();
        assertThat(done).isSorted().hasSizeGreaterThanOrEqualTo(100).endsWith(2_000L);
    }

    @Test
    void compare_judgesTheNamedKpis_andRejectsAnUnknownImprovement() {
        Comparison c = Simulation.of(Scenarios.hotel()).cases(5_000).compare("self-check-in");
        assertThat(c.changes()).filteredOn(KpiChange::expected).extracting(k -> k.kpi().id())
                .containsExactly(KpiId.of("check-in-wait"));
        assertThat(c.change("check-in-wait").test()).isEqualTo(KpiChange.Test.MANN_WHITNEY_U);
        assertThat(c.change("billing-accuracy").test()).isEqualTo(KpiChange.Test.TWO_PROPORTION_Z);
        assertThat(c.change("nps").test()).isEqualTo(KpiChange.Test.WELCH_T);
        assertThat(c.after().run().seed()).isEqualTo(Simulation.afterSeed(c.before().run().seed()));
        assertThatThrownBy(() -> Simulation.of(Scenarios.hotel()).compare("paint-the-lobby"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("improvement must be one of [self-check-in, staff-training, placebo] of scenario 'hotel',"
                        + " but was 'paint-the-lobby'");
        assertThatThrownBy(() -> Simulation.of(Scenarios.hotel()).cases(0))
                .hasMessage("cases must be from 1 to 2000000, but was 0");
    }
}

package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.scenario.LogNormal;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;

/**
 * The simulated service desk's scheduling over a calendar, by worked examples: Europe/Berlin,
 * Monday to Friday 09:00-17:00, first contacts that take exactly 3 working hours. In December 2026
 * the 4th is a Friday and the 7th the Monday after (CET, UTC+1).
 */
class DeskTest {

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", "Europe/Berlin")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
            .build();

    private final Agenda agenda = new Agenda();
    private boolean arriving = true;

    private Desk desk(int agents) {
        ServiceDesk d = Defaults.desk(agents, "EUR");
        ServiceDesk exact = new ServiceDesk(d.agents(), d.escalation(), d.escalateOn(), d.priorities(),
                d.priorityUpgrade(), LogNormal.constant(Duration.ofHours(3)), d.resolution(),
                d.firstContactResolution(), d.awaitCustomer(), d.customerReply(), d.fixFailure(), d.followUpDelay(),
                d.followUpCall(), d.reachRate(), d.followUpAttempts(), d.knowledgeShare(), d.compensationShare(),
                d.compensation(), d.satisfaction());
        return new Desk(OFFICE, exact, new Rng(new SplittableRandom(1)), agenda, () -> arriving);
    }

    private Task firstContact(String id, Priority priority, Instant readyAt) {
        OpenCase s = new OpenCase(CaseId.of(id), null);
        s.priority = priority;
        return new Task(TaskKind.FIRST_CONTACT, s, readyAt, agenda.next());
    }

    private List<Event> drain() {
        List<Event> out = new ArrayList<>();
        for (Event e = agenda.poll(); e != null; e = agenda.poll()) {
            out.add(e);
        }
        return out;
    }

    @Test
    void dispatch_onFridayAfternoon_carriesTheWorkOverTheWeekend_mostUrgentFirst() {
        Desk desk = desk(1);
        Instant friday15 = Instant.parse("2026-12-04T14:00:00Z"); // 15:00 Berlin
        Task medium = firstContact("case-1", Priority.MEDIUM, friday15);
        Task urgent = firstContact("case-2", Priority.URGENT, friday15);
        desk.enqueue(medium);
        desk.enqueue(urgent);

        desk.dispatch(friday15);

        // 2 h to Friday 17:00, 1 h from Monday 09:00: done Monday 10:00 Berlin = 09:00Z
        List<Event> first = drain();
        assertThat(first).hasSize(1);
        Event.TaskDone done = (Event.TaskDone) first.get(0);
        assertThat(done.task()).isSameAs(urgent);
        assertThat(done.agent()).isZero();
        assertThat(done.at()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(medium.sim.queued).isSameAs(medium);
        assertThat(urgent.sim.queued).isNull();

        desk.release(0);
        desk.dispatch(done.at());

        // Monday 10:00 + 3 h = 13:00 Berlin = 12:00Z
        List<Event> second = drain();
        assertThat(second).singleElement().satisfies(e -> {
            assertThat(((Event.TaskDone) e).task()).isSameAs(medium);
            assertThat(e.at()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        });
        // 6 busy hours out of the 8 working hours from Friday 09:00 to Monday 09:00
        assertThat(desk.utilisation(Instant.parse("2026-12-04T08:00:00Z"), Instant.parse("2026-12-07T08:00:00Z")))
                .isEqualTo(0.75);
    }

    @Test
    void dispatch_outOfHours_startsNothing_andWakesOnceAtTheNextOpening() {
        Desk desk = desk(2);
        Instant saturday = Instant.parse("2026-12-05T10:00:00Z");
        desk.enqueue(firstContact("case-1", Priority.LOW, saturday));
        desk.dispatch(saturday);
        desk.dispatch(saturday.plus(Duration.ofHours(5)));

        List<Event> events = drain();
        assertThat(events).singleElement().isInstanceOf(Event.DeskOpens.class);
        Instant monday9 = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(events.get(0).at()).isEqualTo(monday9);

        arriving = false;
        desk.opens(monday9);
        assertThat(drain()).singleElement().satisfies(e -> assertThat(e.at())
                .isEqualTo(Instant.parse("2026-12-07T11:00:00Z")));
        // busy time counts only while cases arrive
        assertThat(desk.utilisation(monday9, monday9.plus(Duration.ofHours(8)))).isZero();
    }

    @Test
    void requeue_afterEscalation_cancelsTheQueuedTask_andPutsTheEscalatedCaseFirst() {
        Desk desk = desk(1);
        Instant saturday = Instant.parse("2026-12-05T10:00:00Z");
        Task urgent = firstContact("case-1", Priority.URGENT, saturday);
        Task low = firstContact("case-2", Priority.LOW, saturday);
        desk.enqueue(urgent);
        desk.enqueue(low);
        low.sim.escalation = 1;
        desk.requeue(low.sim);
        assertThat(low.cancelled).isTrue();
        Task replacement = low.sim.queued;
        assertThat(replacement).isNotSameAs(low);
        assertThat(replacement.readyAt).isEqualTo(saturday);

        drain();
        desk.dispatch(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(((Event.TaskDone) drain().get(0)).task()).isSameAs(replacement);
    }
}

package org.qualityloop.examples.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.workflow.cases.Actor;

/**
 * The service desk: its agents, their working hours and the queue of tasks. Idle agents take the
 * first task in the {@link Task} order (kind, escalated first, priority, readiness, creation), the
 * longest-idle agent first; a task's handling time is drawn from the desk's distributions and counted
 * in working time only, so the agent finishes it ({@link Event.TaskDone}) at the calendar's sum of
 * the start and that time. Outside working time nobody starts work: the desk wakes at the calendar's
 * next working instant ({@link Event.DeskOpens}). A cancelled task (one replaced after an
 * escalation) is skipped.
 *
 * <p>Agents' busy time is counted while cases are still arriving, for the desk's utilisation.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class Desk {

    private final BusinessCalendar calendar;
    private final ServiceDesk desk;
    private final Rng rng;
    private final Agenda agenda;
    private final BooleanSupplier arriving;
    private final AgentId[] agentIds;
    private final Actor[] agentActors;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final ArrayDeque<Integer> idle = new ArrayDeque<>();
    private Instant wakeAt;
    private long busyMillis;

    /**
     * Makes the desk of a run, every agent idle.
     *
     * @param calendar the working time
     * @param desk the scenario's desk
     * @param rng the stream handling times are drawn from
     * @param agenda where the ends of tasks and the desk's openings are scheduled
     * @param arriving whether cases are still arriving (busy time is counted only then)
     */
    Desk(BusinessCalendar calendar, ServiceDesk desk, Rng rng, Agenda agenda, BooleanSupplier arriving) {
        this.calendar = calendar;
        this.desk = desk;
        this.rng = rng;
        this.agenda = agenda;
        this.arriving = arriving;
        this.agentIds = new AgentId[desk.agents()];
        this.agentActors = new Actor[desk.agents()];
        for (int a = 0; a < desk.agents(); a++) {
            agentIds[a] = AgentId.of(String.format(Locale.ROOT, "agent-%02d", a + 1));
            agentActors[a] = Actor.agent(agentIds[a]);
            idle.addLast(a);
        }
    }

    /**
     * Returns an agent's id.
     *
     * @param agent the agent's number, from 0
     * @return the id, {@code agent-01} for agent 0
     */
    AgentId agentId(int agent) {
        return agentIds[agent];
    }

    /**
     * Returns an agent as the actor of the commands they send.
     *
     * @param agent the agent's number, from 0
     * @return the actor
     */
    Actor actor(int agent) {
        return agentActors[agent];
    }

    /**
     * Queues a task, as the one queued for its case.
     *
     * @param task the task
     */
    void enqueue(Task task) {
        task.sim.queued = task;
        queue.add(task);
    }

    /**
     * Replaces the task queued for a case, if any, by one with the case's current escalation and
     * priority, in the same place in time.
     *
     * @param s the case
     */
    void requeue(OpenCase s) {
        Task queued = s.queued;
        if (queued != null) {
            queued.cancelled = true;
            enqueue(new Task(queued.kind, s, queued.readyAt, agenda.next()));
        }
    }

    /**
     * Makes an agent idle again, after every idle agent.
     *
     * @param agent the agent's number
     */
    void release(int agent) {
        idle.addLast(agent);
    }

    /**
     * The desk's working time begins: idle agents take queued work.
     *
     * @param now the instant
     */
    void opens(Instant now) {
        wakeAt = null;
        dispatch(now);
    }

    /**
     * Gives queued tasks to idle agents, or, outside working time, schedules the desk's next opening.
     *
     * @param now the instant
     */
    void dispatch(Instant now) {
        while (!idle.isEmpty() && !queue.isEmpty()) {
            if (!calendar.isWorkingTime(now)) {
                Instant wake = calendar.nextWorkingTime(now);
                if (wakeAt == null || wake.isBefore(wakeAt)) {
                    wakeAt = wake;
                    agenda.schedule(new Event.DeskOpens(wake, agenda.next()));
                }
                return;
            }
            Task task = queue.poll();
            if (task.cancelled) {
                continue;
            }
            task.sim.queued = null;
            int agent = idle.pollFirst();
            long ms = rng.millis(switch (task.kind) {
                case FIRST_CONTACT -> desk.firstContact();
                case FOLLOW_UP -> desk.followUpCall();
                case RESOLVE -> task.sim.awaitNext ? desk.resolution().scaled(0.5) : desk.resolution();
            });
            Instant done = calendar.plus(now, Duration.ofMillis(ms));
            if (arriving.getAsBoolean()) {
                busyMillis += ms;
            }
            agenda.schedule(new Event.TaskDone(done, agenda.next(), task, agent));
        }
    }

    /**
     * Returns the share of the agents' working time between two instants they were busy.
     *
     * @param from the first arrival
     * @param to the last arrival
     * @return the utilisation, from 0 to 1; 0 when there is no working time between them
     */
    double utilisation(Instant from, Instant to) {
        long available = desk.agents() * calendar.workingTimeBetween(from, to).toMillis();
        return available > 0 ? Math.min(1.0, busyMillis / (double) available) : 0;
    }
}

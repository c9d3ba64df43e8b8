package org.qualityloop.examples.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.simulation.ProgressListener;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * The discrete-event simulation of a scenario.
 *
 * <p>Service cases arrive as a Poisson process shaped by the scenario's demand. Each walks
 * through the steps of the process (durations, failures, slowness); the feedback it gives
 * arrives later, is opened and registered in the real {@link CaseService} and queued for the
 * service desk. Agents work only in the calendar's working time and take the most urgent task
 * first; what they do is sent to the engine as commands at the simulated instant the task ends.
 * Before every event the {@link SimClock} is moved to it and the engine's SLA monitor records
 * every warning and breach due on the way (each at its own instant), escalating as the policy
 * says; an escalated case jumps the queue. Survey answers are drawn when a case's journey, and
 * all its feedback, is over, shifted by what happened to it.
 *
 * <p>The work is split into parts with one job each, all package-private: {@code Arrivals} (the
 * demand over the calendar), {@code Journeys} (a case walking through the steps), {@code Desk}
 * (agents, working hours and the task queue), {@code CaseDriver} (the engine's commands and its SLA
 * monitor) and {@code SurveyAnswers} (the customers' answers). This class wires them and runs the
 * event loop: it takes the earliest of the next arrival and the next {@code Event} on the
 * {@code Agenda} (an arrival first on a tie), records the SLA alerts due before it, moves the clock
 * and hands the event to the part it belongs to.
 *
 * <p>Everything random comes from one {@link SplittableRandom} seeded with the run's seed, split
 * into independent streams for arrivals, journeys, the desk and surveys; ties between events at
 * one instant are broken by creation order. So the same scenario, seed and number of cases give
 * the same result, on any machine. Nothing reads the system clock, sleeps or starts a thread.
 *
 * <p>A run is confined to the thread that calls {@code run}; runs on different threads share nothing.
 */
public final class Simulator {

    private final Scenario scenario;
    private final long seed;
    private final int total;
    private final ProgressListener progress;
    private final ZoneId zone;
    private final SimClock clock;
    private final Measurements m;
    private final Agenda agenda = new Agenda();
    private final Arrivals arrivals;
    private final Journeys journeys;
    private final Desk desk;
    private final CaseDriver cases;
    private final DwellTimes dwell;
    private final ProcessMap processMap;
    private final RecoveryParadox paradox = new RecoveryParadox();
    private final StageTimes journeyTimes;
    private final long progressEvery;

    private Simulator(Scenario scenario, long seed, int cases, ProgressListener progress, CaseStore store,
            RunLog log) {
        this.scenario = scenario;
        this.seed = seed;
        this.total = cases;
        this.progress = progress;
        BusinessCalendar calendar = scenario.calendar();
        this.zone = calendar.zone();
        ServiceDesk deskConfig = scenario.desk();
        Rng root = new Rng(new SplittableRandom(seed));
        Rng arrivalRng = root.split();
        Rng journeyRng = root.split();
        Rng work = root.split();
        Rng answers = root.split();
        this.clock = new SimClock(scenario.start().atStartOfDay(zone).toInstant(), zone);
        FeedbackLifecycle lifecycle = FeedbackLifecycle.builder(calendar)
                .maxFollowUpAttempts(deskConfig.followUpAttempts()).build();
        CaseService service = CaseService.builder(lifecycle, scenario.slaPolicy(), clock)
                .store(store)
                .escalation(EscalationPolicy.onBreach(deskConfig.escalation(), deskConfig.escalateOn()))
                .knowledgeBase(new InMemoryKnowledgeBase())
                .process(scenario.process())
                .build();
        this.dwell = DwellTimes.of(lifecycle);
        this.processMap = ProcessMap.of(lifecycle);
        this.journeyTimes = new StageTimes(calendar);
        Map<StageId, Integer> stageIndex = new LinkedHashMap<>();
        Map<TouchpointId, Integer> touchpointIndex = new LinkedHashMap<>();
        int i = 0;
        StageId[] stages = new StageId[scenario.process().stages().size()];
        for (var s : scenario.process().stages()) {
            stages[i] = s.id();
            stageIndex.put(s.id(), i++);
        }
        int t = 0;
        for (Touchpoint tp : scenario.process().touchpoints()) {
            touchpointIndex.put(tp.id(), t++);
        }
        this.m = new Measurements(scenario, stageIndex, touchpointIndex);
        long customers = Math.max(1, Math.round(cases / scenario.demand().casesPerCustomer()));
        this.progressEvery = Math.max(1, cases / 100);
        this.arrivals = new Arrivals(scenario.demand(), scenario.start(), zone, arrivalRng, cases);
        SurveyAnswers surveyAnswers = new SurveyAnswers(scenario.surveys(), stages, answers, m, log, paradox);
        this.journeys = new Journeys(scenario, stages, touchpointIndex, customers, journeyRng, agenda, m, log,
                journeyTimes, surveyAnswers);
        this.desk = new Desk(calendar, deskConfig, work, agenda, arrivals::arriving);
        this.cases = new CaseDriver(calendar, deskConfig, scenario.feedback(), stages, work, clock, service, lifecycle,
                agenda, desk, surveyAnswers, m, dwell, processMap);
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the scenario, not null
     * @param seed the seed of every random draw
     * @param cases the number of service cases, from 1 to {@link Simulation#MAX_CASES}
     * @param progress told how far the run is, not null
     * @return what the run measured
     * @throws IllegalArgumentException when {@code cases} is out of range, or the scenario's demand
     *     would not bring them within {@link Simulation#HORIZON_DAYS}
     */
    public static SimulationResult run(Scenario scenario, long seed, int cases, ProgressListener progress) {
        return run(scenario, seed, cases, progress, new InMemoryCaseStore());
    }

    /**
     * Runs a scenario, keeping its cases in a store.
     *
     * @param scenario the scenario, not null
     * @param seed the seed of every random draw
     * @param cases the number of service cases, from 1 to {@link Simulation#MAX_CASES}
     * @param progress told how far the run is, not null
     * @param store where the feedback cases are kept, not null; it must hold none of the run's cases
     * @return what the run measured
     * @throws IllegalArgumentException when {@code cases} is out of range, or the scenario's demand
     *     would not bring them within {@link Simulation#HORIZON_DAYS}
     */
    public static SimulationResult run(Scenario scenario, long seed, int cases, ProgressListener progress,
            CaseStore store) {
        return run(scenario, seed, cases, progress, store, RunLog.NONE);
    }

    /**
     * Runs a scenario, keeping its cases in a store and telling a log what it observes.
     *
     * @param scenario the scenario
     * @param seed the seed of every random draw
     * @param cases the number of service cases
     * @param progress told how far the run is
     * @param store where the feedback cases are kept
     * @param log told every journey and survey answer
     * @return what the run measured
     */
    static SimulationResult run(Scenario scenario, long seed, int cases, ProgressListener progress,
            CaseStore store, RunLog log) {
        java.util.Objects.requireNonNull(scenario, "scenario");
        java.util.Objects.requireNonNull(log, "log");
        java.util.Objects.requireNonNull(store, "store");
        java.util.Objects.requireNonNull(progress, "progress");
        if (cases < 1 || cases > Simulation.MAX_CASES) {
            throw new IllegalArgumentException("cases must be from 1 to " + Simulation.MAX_CASES + ", but was " + cases);
        }
        double days = cases * 7.0 / scenario.demand().casesPerWeek();
        if (!(days <= Simulation.HORIZON_DAYS)) {
            throw new IllegalArgumentException("demand.casesPerDay must bring the " + cases + " cases within the horizon"
                    + " of " + Simulation.HORIZON_DAYS + " days, but at " + scenario.demand().casesPerDay()
                    + " a weekday (weekendFactor " + scenario.demand().weekendFactor() + ") they would take "
                    + (long) Math.ceil(Math.min(days, Long.MAX_VALUE)) + " days");
        }
        return new Simulator(scenario, seed, cases, progress, store, log).run();
    }

    // ------------------------------------------------------------------ the event loop

    private SimulationResult run() {
        LocalDate firstDay = null;
        LocalDate lastDay = scenario.start();
        Instant firstArrival = null;
        Instant lastArrival = null;
        while (true) {
            Instant nextArrival = arrivals.peek();
            Event next = agenda.peek();
            boolean arrival = nextArrival != null && (next == null || !nextArrival.isAfter(next.at()));
            if (nextArrival == null && next == null) {
                break;
            }
            Instant t = arrival ? nextArrival : next.at();
            if (t.isBefore(clock.instant())) {
                throw new IllegalStateException("simulated time must not run backwards, but the next event is at " + t
                        + " and the clock at " + clock.instant());
            }
            cases.recordSlaAlertsUpTo(t);
            clock.advanceTo(t);
            if (arrival) {
                arrivals.take();
                LocalDate d = LocalDate.ofInstant(t, zone);
                if (firstDay == null) {
                    firstDay = d;
                    firstArrival = t;
                }
                lastArrival = t;
                lastDay = d;
                journeys.walk(t);
                if (arrivals.generated() % progressEvery == 0) {
                    progress.progress(arrivals.generated(), total, t);
                }
            } else {
                agenda.poll();
                handle(next);
            }
        }
        progress.progress(arrivals.generated(), total, clock.instant());
        if (firstArrival != null) {
            m.utilisation = desk.utilisation(firstArrival, lastArrival);
        }
        SimulationResult.Insights insights = new SimulationResult.Insights(dwell, processMap, paradox, journeyTimes,
                cases.breachExample());
        return m.result(seed, firstDay == null ? scenario.start() : firstDay, lastDay, cases.openCount(), insights);
    }

    private void handle(Event e) {
        if (e instanceof Event.FeedbackArrives f) {
            cases.receive(f.item(), f.at());
        } else if (e instanceof Event.TaskReady r) {
            desk.enqueue(r.task());
            desk.dispatch(r.at());
        } else if (e instanceof Event.TaskDone d) {
            cases.complete(d.task(), d.agent(), d.at());
            desk.release(d.agent());
            desk.dispatch(d.at());
        } else if (e instanceof Event.DeskOpens w) {
            desk.opens(w.at());
        } else if (e instanceof Event.CustomerReplies c) {
            cases.customerReplied(c.sim(), c.at());
        } else {
            throw new IllegalStateException("unknown event " + e.getClass().getSimpleName());
        }
    }
}

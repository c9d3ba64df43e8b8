package org.qualityloop.examples.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.qualityloop.examples.scenario.Demand;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.examples.simulation.ProgressListener;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.Sentiment;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.ImportancePerformance;
import org.qualityloop.model.survey.KanoAnswer;
import org.qualityloop.model.survey.KanoResponse;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.ServqualDimension;
import org.qualityloop.model.survey.ServqualResponse;
import org.qualityloop.model.survey.SurveyContext;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaExplanation;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;

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
 * <p>Everything random comes from one {@link SplittableRandom} seeded with the run's seed, split
 * into independent streams for arrivals, journeys, the desk and surveys; ties between events at
 * one instant are broken by creation order. So the same scenario, seed and number of cases give
 * the same result, on any machine. Nothing reads the system clock, sleeps or starts a thread.
 */
public final class Simulator {

    private static final Duration SURVEY_DELAY = Duration.ofDays(1);
    private static final Duration FOLLOW_UP_RETRY = Duration.ofDays(1);
    private static final KanoAnswer[] ANSWERS = KanoAnswer.values();

    private final Scenario scenario;
    private final long seed;
    private final int total;
    private final ProgressListener progress;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final ServiceDesk desk;
    private final FeedbackMix mix;
    private final Surveys surveys;
    private final Rng arrivals;
    private final Rng journeys;
    private final Rng work;
    private final Rng answers;
    private final SimClock clock;
    private final CaseService service;
    private final FeedbackLifecycle lifecycle;
    private final Measurements m;
    private final RunLog log;
    private final DwellTimes dwell;
    private final ProcessMap processMap;
    private final RecoveryParadox paradox = new RecoveryParadox();
    private final StageTimes journeyTimes;
    private SlaExplanation breachExample;

    private final StageId[] stages;
    private final Map<StageId, Integer> stageIndex = new LinkedHashMap<>();
    private final Map<TouchpointId, Integer> touchpointIndex = new LinkedHashMap<>();
    private final List<List<Step>> stepsOfStage = new ArrayList<>();
    private final Categorical<FeedbackCategory> categories;
    private final Categorical<Severity> severities;
    private final Categorical<Severity> failureSeverities;
    private final Categorical<Channel> channels;
    private final List<Map.Entry<CustomerSegment, Double>> segments;
    private final Actor[] agentActors;
    private final AgentId[] agentIds;
    private final Actor intake = Actor.system("intake");

    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final ArrayDeque<Integer> idle = new ArrayDeque<>();
    private final Map<CaseId, Sim> open = new HashMap<>();
    private long seq;
    private long busyMillis;
    private Instant firstArrival;
    private Instant lastArrival;
    private Instant wakeAt;

    // arrivals
    private final long customers;
    private LocalDate day;
    private final ArrayDeque<Instant> today = new ArrayDeque<>();
    private long generated;
    private long progressEvery;
    private long feedbackSeq;
    private LocalDate lastDay;

    private Simulator(Scenario scenario, long seed, int cases, ProgressListener progress, CaseStore store,
            RunLog log) {
        this.scenario = scenario;
        this.log = log;
        this.seed = seed;
        this.total = cases;
        this.progress = progress;
        this.calendar = scenario.calendar();
        this.zone = calendar.zone();
        this.desk = scenario.desk();
        this.mix = scenario.feedback();
        this.surveys = scenario.surveys();
        Rng root = new Rng(new SplittableRandom(seed));
        this.arrivals = root.split();
        this.journeys = root.split();
        this.work = root.split();
        this.answers = root.split();
        this.day = scenario.start();
        this.lastDay = scenario.start();
        this.clock = new SimClock(scenario.start().atStartOfDay(zone).toInstant(), zone);
        this.lifecycle = FeedbackLifecycle.builder(calendar).maxFollowUpAttempts(desk.followUpAttempts()).build();
        this.service = CaseService.builder(lifecycle, scenario.slaPolicy(), clock)
                .store(store)
                .escalation(EscalationPolicy.onBreach(desk.escalation(), desk.escalateOn()))
                .knowledgeBase(new InMemoryKnowledgeBase())
                .process(scenario.process())
                .build();
        this.dwell = DwellTimes.of(lifecycle);
        this.processMap = ProcessMap.of(lifecycle);
        this.journeyTimes = new StageTimes(calendar);
        int i = 0;
        this.stages = new StageId[scenario.process().stages().size()];
        for (var s : scenario.process().stages()) {
            stages[i] = s.id();
            stageIndex.put(s.id(), i++);
        }
        int t = 0;
        for (Touchpoint tp : scenario.process().touchpoints()) {
            touchpointIndex.put(tp.id(), t++);
        }
        for (List<Step> steps : scenario.stepsByStage().values()) {
            stepsOfStage.add(steps);
        }
        this.m = new Measurements(scenario, stageIndex, touchpointIndex);
        this.categories = new Categorical<>(mix.categories());
        this.severities = new Categorical<>(mix.severities());
        this.failureSeverities = new Categorical<>(mix.failureSeverities());
        this.channels = new Categorical<>(mix.channels());
        this.segments = new ArrayList<>(scenario.demand().segments().entrySet());
        this.agentIds = new AgentId[desk.agents()];
        this.agentActors = new Actor[desk.agents()];
        for (int a = 0; a < desk.agents(); a++) {
            agentIds[a] = AgentId.of(String.format(java.util.Locale.ROOT, "agent-%02d", a + 1));
            agentActors[a] = Actor.agent(agentIds[a]);
            idle.addLast(a);
        }
        this.customers = Math.max(1, Math.round(cases / scenario.demand().casesPerCustomer()));
        this.progressEvery = Math.max(1, cases / 100);
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
        while (true) {
            Instant nextArrival = peekArrival();
            Event next = events.peek();
            boolean arrival = nextArrival != null && (next == null || !nextArrival.isAfter(next.at()));
            if (nextArrival == null && next == null) {
                break;
            }
            Instant t = arrival ? nextArrival : next.at();
            if (t.isBefore(clock.instant())) {
                throw new IllegalStateException("simulated time must not run backwards, but the next event is at " + t
                        + " and the clock at " + clock.instant());
            }
            recordSlaAlertsUpTo(t);
            clock.advanceTo(t);
            if (arrival) {
                today.pollFirst();
                LocalDate d = LocalDate.ofInstant(t, zone);
                if (firstDay == null) {
                    firstDay = d;
                    firstArrival = t;
                }
                lastArrival = t;
                lastDay = d;
                arrive(t);
            } else {
                events.poll();
                handle(next);
            }
        }
        progress.progress(generated, total, clock.instant());
        if (firstArrival != null) {
            long available = desk.agents() * calendar.workingTimeBetween(firstArrival, lastArrival).toMillis();
            m.utilisation = available > 0 ? Math.min(1.0, busyMillis / (double) available) : 0;
        }
        SimulationResult.Insights insights = new SimulationResult.Insights(dwell, processMap, paradox, journeyTimes,
                Optional.ofNullable(breachExample));
        return m.result(seed, firstDay == null ? scenario.start() : firstDay, lastDay, open.size(), insights);
    }

    private Instant peekArrival() {
        while (today.isEmpty() && generated + today.size() < total) {
            Demand demand = scenario.demand();
            java.time.DayOfWeek dow = day.getDayOfWeek();
            double rate = demand.casesPerDay()
                    * (dow == java.time.DayOfWeek.SATURDAY || dow == java.time.DayOfWeek.SUNDAY
                            ? demand.weekendFactor() : 1.0);
            long n = Math.min(arrivals.poisson(rate), total - generated);
            List<Instant> times = new ArrayList<>((int) n);
            double hourSum = 0;
            for (double h : demand.hourly()) {
                hourSum += h;
            }
            for (long k = 0; k < n; k++) {
                double u = arrivals.uniform() * hourSum;
                int hour = 0;
                while (hour < 23 && u >= demand.hourly().get(hour)) {
                    u -= demand.hourly().get(hour);
                    hour++;
                }
                long second = (long) (arrivals.uniform() * 3600);
                times.add(day.atStartOfDay(zone).plusHours(hour).plusSeconds(second).toInstant());
            }
            times.sort(Comparator.naturalOrder());
            today.addAll(times);
            day = day.plusDays(1);
        }
        return today.peekFirst();
    }

    /** Records every SLA warning and breach due up to {@code t}, each at the instant it falls due. */
    private void recordSlaAlertsUpTo(Instant t) {
        while (true) {
            Optional<Instant> due = service.nextDue();
            if (due.isEmpty() || due.get().isAfter(t)) {
                return;
            }
            clock.advanceTo(due.get());
            List<CommandResult> results = service.processDue(256);
            if (results.isEmpty()) {
                // nextDue() is the first instant an alert is recorded at; nothing there means nothing due
                return;
            }
            for (CommandResult r : results) {
                m.commands++;
                if (r instanceof CommandResult.Accepted a) {
                    for (CaseEvent e : a.events()) {
                        if (e.type() == CaseEventType.SLA_WARNING) {
                            m.slaWarnings++;
                        } else if (e.type() == CaseEventType.SLA_BREACH) {
                            m.slaBreaches++;
                        } else if (e.type() == CaseEventType.ESCALATE) {
                            m.escalations++;
                            escalated(a.current());
                        }
                    }
                } else {
                    m.rejectedCommand(((CommandResult.Rejected) r).message());
                }
            }
        }
    }

    private void escalated(FeedbackCase c) {
        Sim s = open.get(c.id());
        if (s == null) {
            return;
        }
        s.escalation = c.escalationCount();
        Task queued = s.queued;
        if (queued != null) {
            queued.cancelled = true;
            enqueue(new Task(queued.kind, s, queued.readyAt, ++seq));
        }
    }

    private void handle(Event e) {
        if (e instanceof Event.FeedbackArrives f) {
            receive(f.item(), f.at());
        } else if (e instanceof Event.TaskReady r) {
            enqueue(r.task());
            dispatch(r.at());
        } else if (e instanceof Event.TaskDone d) {
            complete(d.task(), d.agent(), d.at());
            idle.addLast(d.agent());
            dispatch(d.at());
        } else if (e instanceof Event.DeskOpens w) {
            wakeAt = null;
            dispatch(w.at());
        } else if (e instanceof Event.CustomerReplies c) {
            Sim s = c.sim();
            exec(s, Actor.customer(s.item.order.customer), CaseChange.customerReplied());
            enqueue(new Task(TaskKind.RESOLVE, s, c.at(), ++seq));
            dispatch(c.at());
        } else {
            throw new IllegalStateException("unknown event " + e.getClass().getSimpleName());
        }
    }

    private void schedule(Event e) {
        events.add(e);
    }

    // ------------------------------------------------------------------ service cases

    private void arrive(Instant t) {
        generated++;
        Order o = new Order(CustomerId.of(String.format(java.util.Locale.ROOT, "c-%06d",
                journeys.below((int) Math.min(Integer.MAX_VALUE, customers)) + 1)), stages.length);
        o.segment = segmentOf(o.customer);
        Instant at = t;
        boolean stopped = false;
        Map<String, Double> groupDraw = new HashMap<>(4);
        Map<String, Double> groupUsed = new HashMap<>(4);
        List<Item> items = new ArrayList<>(2);
        List<RunLog.StepVisit> visits = log == RunLog.NONE ? null : new ArrayList<>();
        for (int si = 0; si < stages.length && !stopped; si++) {
            Instant stageStart = at;
            boolean reached = false;
            boolean failedHere = false;
            boolean feedbackHere = false;
            long stageMs = 0;
            for (Step step : stepsOfStage.get(si)) {
                if (!uses(step, groupDraw, groupUsed)) {
                    continue;
                }
                int ti = touchpointIndex.get(step.touchpoint());
                reached = true;
                long ms = journeys.millis(step.duration());
                Instant stepStart = at;
                at = at.plusMillis(ms);
                stageMs += ms;
                boolean failed = journeys.chance(step.failure());
                boolean slow = !failed && step.slowAfter().isPresent() && ms > step.slowAfter().get().toMillis();
                m.stepUses[ti]++;
                m.stepTime[ti].add(ms);
                if (failed) {
                    m.stepFailures[ti]++;
                    failedHere = true;
                    o.shift += surveys.effects().failure();
                    o.stageShift[si] += surveys.effects().failure();
                } else if (slow) {
                    o.shift += surveys.effects().slow();
                    o.stageShift[si] += surveys.effects().slow();
                }
                double p = failed ? step.complaintOnFailure() : slow ? step.complaintWhenSlow() : step.complaintOtherwise();
                boolean gave = journeys.chance(p);
                if (gave) {
                    FeedbackCategory category = failed ? step.failureCategory() : slow ? step.slowCategory()
                            : step.otherCategory().orElseGet(() -> categories.draw(journeys));
                    Severity severity = failed ? failureSeverities.draw(journeys) : severities.draw(journeys);
                    Item item = new Item(o, step, si, category, severity, failed, slow, at);
                    items.add(item);
                    feedbackHere = true;
                    m.stepFeedback[ti]++;
                }
                journeyTimes.add(stages[si], step.touchpoint(), stepStart, at);
                if (visits != null) {
                    visits.add(new RunLog.StepVisit(stages[si], step.touchpoint(), stepStart, at, failed, gave));
                }
                if (failed && step.stopsOnFailure()) {
                    stopped = true;
                    break;
                }
            }
            if (reached) {
                journeyTimes.add(stages[si], stageStart, at);
                o.reached[si] = true;
                m.stageReached[si]++;
                m.stageTime[si].add(stageMs);
                if (failedHere) {
                    m.stageFailed[si]++;
                }
                if (feedbackHere) {
                    m.stageFeedback[si]++;
                }
            }
        }
        o.end = at;
        if (journeys.chance(mix.generalRate())) {
            items.add(new Item(o, null, -1, categories.draw(journeys), severities.draw(journeys), false, false, at));
        }
        int valid = 0;
        for (Item item : items) {
            item.invalid = journeys.chance(mix.invalidShare());
            if (!item.invalid) {
                valid++;
            }
            Instant arrives = item.occurredAt.plusMillis(journeys.millis(mix.delay()));
            schedule(new Event.FeedbackArrives(arrives, ++seq, item));
        }
        m.caseArrived(LocalDate.ofInstant(t, zone), valid > 0);
        if (visits != null) {
            log.journey(new RunLog.Journey(t, visits, valid > 0));
        }
        o.responds = answers.chance(surveys.responseRate());
        o.pending = valid;
        if (valid == 0) {
            survey(o, o.end);
        }
        if (generated % progressEvery == 0) {
            progress.progress(generated, total, t);
        }
    }

    private boolean uses(Step step, Map<String, Double> draws, Map<String, Double> used) {
        if (step.group().isEmpty()) {
            return journeys.chance(step.use());
        }
        String g = step.group().get();
        double u = draws.computeIfAbsent(g, k -> journeys.uniform());
        double before = used.getOrDefault(g, 0.0);
        used.put(g, before + step.use());
        return u >= before && u < before + step.use();
    }

    private CustomerSegment segmentOf(CustomerId customer) {
        double sum = 0;
        for (Map.Entry<CustomerSegment, Double> e : segments) {
            sum += e.getValue();
        }
        // A customer's segment is fixed: the golden-ratio sequence spreads customer numbers evenly.
        long n = Long.parseLong(customer.value().substring(2));
        double u = (n * 0.6180339887498949) % 1.0 * sum;
        for (Map.Entry<CustomerSegment, Double> e : segments) {
            if (u < e.getValue()) {
                return e.getKey();
            }
            u -= e.getValue();
        }
        return segments.get(segments.size() - 1).getKey();
    }

    // ------------------------------------------------------------------ feedback cases

    private void receive(Item item, Instant at) {
        CaseId id = CaseId.of("case-" + ++feedbackSeq);
        Sim s = new Sim(id, item);
        m.feedbackCases++;
        Feedback.Builder fb = Feedback.builder(FeedbackId.of("fb-" + feedbackSeq), channels.draw(work), at)
                .customer(CustomerRef.of(item.order.customer))
                .category(item.category)
                .severity(item.severity)
                .sentiment(item.failed || item.slow ? Sentiment.NEGATIVE : Sentiment.MIXED);
        if (item.step != null) {
            fb.touchpoint(item.step.touchpoint());
        }
        Feedback feedback = fb.build();
        open.put(id, s);
        CommandResult r = service.execute(CaseCommand.open(s.nextCommand(), id, intake, feedback));
        count(r);
        Priority priority = desk.priorities().get(item.severity);
        if (desk.priorityUpgrade().contains(item.order.segment) && priority != Priority.URGENT) {
            priority = Priority.values()[priority.ordinal() + 1];
        }
        s.priority = priority;
        exec(s, intake, CaseChange.Registered.of(item.category, item.severity, priority, AgentId.of("service-desk")));
        enqueue(new Task(TaskKind.FIRST_CONTACT, s, at, ++seq));
        dispatch(at);
    }

    private void enqueue(Task task) {
        task.sim.queued = task;
        queue.add(task);
    }

    private void dispatch(Instant now) {
        while (!idle.isEmpty() && !queue.isEmpty()) {
            if (!calendar.isWorkingTime(now)) {
                Instant wake = calendar.nextWorkingTime(now);
                if (wakeAt == null || wake.isBefore(wakeAt)) {
                    wakeAt = wake;
                    schedule(new Event.DeskOpens(wake, ++seq));
                }
                return;
            }
            Task task = queue.poll();
            if (task.cancelled) {
                continue;
            }
            task.sim.queued = null;
            int agent = idle.pollFirst();
            long ms = work.millis(switch (task.kind) {
                case FIRST_CONTACT -> desk.firstContact();
                case FOLLOW_UP -> desk.followUpCall();
                case RESOLVE -> task.sim.awaitNext ? desk.resolution().scaled(0.5) : desk.resolution();
            });
            Instant done = calendar.plus(now, Duration.ofMillis(ms));
            if (generated < total) {
                busyMillis += ms;
            }
            schedule(new Event.TaskDone(done, ++seq, task, agent));
        }
    }

    private void complete(Task task, int agent, Instant at) {
        Sim s = task.sim;
        Actor actor = agentActors[agent];
        switch (task.kind) {
            case FIRST_CONTACT -> firstContact(s, agent, actor, at);
            case RESOLVE -> resolve(s, actor, at);
            case FOLLOW_UP -> followUp(s, actor, at);
        }
    }

    private void firstContact(Sim s, int agent, Actor actor, Instant at) {
        if (s.item.invalid) {
            Validity verdict = work.chance(0.5) ? Validity.malicious("advertising spam")
                    : Validity.invalid("duplicate of an earlier report");
            exec(s, actor, new CaseChange.Rejected(verdict));
            closed(s, at);
            return;
        }
        if (s.escalation == 0 || s.cycle > 1) {
            exec(s, actor, CaseChange.Assigned.to(agentIds[agent]));
        }
        exec(s, actor, CaseChange.responded());
        s.awaitNext = work.chance(desk.awaitCustomer());
        if (s.cycle == 1 && !s.item.failed && work.chance(desk.firstContactResolution())) {
            s.atFirstContact = true;
            exec(s, actor, CaseChange.Resolved.plain());
            resolved(s, actor, at);
        } else {
            enqueue(new Task(TaskKind.RESOLVE, s, at, ++seq));
        }
    }

    private void resolve(Sim s, Actor actor, Instant at) {
        FeedbackCase c = current(s);
        Optional<SlaClock> update = c.clock(SlaTarget.NEXT_UPDATE);
        if (update.isPresent() && update.get().status(calendar, at) == SlaStatus.RUNNING
                && update.get().elapsed(calendar, at).compareTo(update.get().targetDuration().dividedBy(2)) > 0) {
            exec(s, actor, CaseChange.customerUpdated());
        }
        if (s.awaitNext) {
            s.awaitNext = false;
            exec(s, actor, CaseChange.awaitingCustomer());
            schedule(new Event.CustomerReplies(at.plusMillis(work.millis(desk.customerReply())), ++seq, s));
            return;
        }
        Item item = s.item;
        Optional<ServiceFailure> failure = Optional.empty();
        if (item.failed && s.cycle == 1) {
            exec(s, actor, new CaseChange.RectificationStarted("Correct the failed " + item.step.touchpoint()
                    + " step and prevent a repeat"));
            AgentId by = AgentId.of(actor.id());
            exec(s, actor, new CaseChange.RecoveryRecorded(RecoveryAction.of(RecoveryActionKind.APOLOGY, by, at,
                    RecoveryOutcome.SUCCEEDED)));
            if (work.chance(desk.compensationShare())) {
                exec(s, actor, new CaseChange.RecoveryRecorded(RecoveryAction.compensation(desk.compensation(), by, at,
                        RecoveryOutcome.SUCCEEDED)));
            }
            s.rectified = true;
            failure = Optional.of(ServiceFailure.of(item.step.failureKind(), item.severity, item.occurredAt,
                    "failure at " + item.step.touchpoint()).atStage(stages[item.stage])
                    .atTouchpoint(item.step.touchpoint()).withRootCause(item.step.rootCause()));
        }
        CommandResult r = exec(s, actor, new CaseChange.Resolved(failure));
        if (s.rectified && s.cycle == 1 && r instanceof CommandResult.Accepted a) {
            m.rectified(a.current().clock(SlaTarget.RESOLUTION)
                    .map(cl -> cl.status(calendar, at) != SlaStatus.BREACHED).orElse(true));
        }
        resolved(s, actor, at);
    }

    private void resolved(Sim s, Actor actor, Instant at) {
        if (work.chance(desk.knowledgeShare())) {
            Item item = s.item;
            CommandResult r = exec(s, actor, new CaseChange.KnowledgeCaptured("Typical " + item.category + " case",
                    item.step != null ? item.step.rootCause() : org.qualityloop.model.feedback.RootCauseCategory.METHOD,
                    "Resolved by the service desk"));
            if (r.isAccepted()) {
                m.knowledgeEntries++;
            }
        }
        Instant ready = at.plusMillis(work.millis(desk.followUpDelay()));
        Task t = new Task(TaskKind.FOLLOW_UP, s, ready, ++seq);
        schedule(new Event.TaskReady(ready, ++seq, t));
    }

    private void followUp(Sim s, Actor actor, Instant at) {
        FeedbackCase c = current(s);
        if (c.state() == CaseState.RESOLVED) {
            exec(s, actor, CaseChange.followUpStarted());
        }
        if (!work.chance(desk.reachRate())) {
            CommandResult r = exec(s, actor, CaseChange.followUpFailed());
            if (r instanceof CommandResult.Accepted a && !a.current().state().isOpen()) {
                closed(s, at);
            } else {
                Task t = new Task(TaskKind.FOLLOW_UP, s, at.plus(FOLLOW_UP_RETRY), ++seq);
                schedule(new Event.TaskReady(t.readyAt, ++seq, t));
            }
            return;
        }
        double failureChance = s.cycle >= 3 ? 0 : desk.fixFailure() / (1 << (s.cycle - 1));
        boolean fixed = !work.chance(failureChance);
        int breaches = breaches(current(s), at);
        double latent = desk.satisfaction() - 0.6 * breaches - 0.5 * (s.cycle - 1) + (s.rectified ? 0.3 : 0)
                + 0.8 * work.normal();
        boolean unhappy = latent < 1.5 && s.cycle < 3 && work.chance(0.5);
        if (!fixed || unhappy) {
            exec(s, actor, new CaseChange.Reopened(fixed ? "Customer not satisfied with the handling"
                    : "Problem not solved"));
            s.cycle++;
            s.awaitNext = false;
            if (s.priority != Priority.URGENT) {
                s.priority = Priority.values()[s.priority.ordinal() + 1];
            }
            enqueue(new Task(TaskKind.FIRST_CONTACT, s, at, ++seq));
            return;
        }
        int score = (int) Math.max(1, Math.min(5, Math.round(latent)));
        exec(s, actor, CaseChange.Confirmed.withSatisfaction(score));
        closed(s, at);
    }

    private int breaches(FeedbackCase c, Instant at) {
        int n = 0;
        for (SlaResult r : lifecycle.slaResults(c, at)) {
            if (r.breached()) {
                n++;
            }
        }
        return n;
    }

    private void closed(Sim s, Instant at) {
        open.remove(s.id);
        FeedbackCase c = current(s);
        Optional<CaseOutcome> outcome = c.outcome();
        if (outcome.isEmpty()) {
            return;
        }
        CaseOutcome o = outcome.get();
        m.closed(o, s.atFirstContact);
        List<CaseEvent> history = service.history(s.id);
        dwell.add(history);
        processMap.add(history);
        if (breachExample == null) {
            explainBreach(c, o);
        }
        if (s.item.invalid) {
            return;
        }
        Order order = s.item.order;
        // The customer's complaint, for the recovery paradox: a failure (which the desk recovers)
        // before a slow step (which it does not).
        if (s.item.failed && !order.complaintFailed || (s.item.slow && order.complaint.isEmpty())) {
            order.complaint = outcome;
            order.complaintFailed = s.item.failed;
        }
        Surveys.Effects fx = surveys.effects();
        long breached = o.sla().stream().filter(SlaResult::breached).count();
        order.shift += fx.breach() * breached + fx.reopen() * o.reopenCount()
                + (o.closure() == org.qualityloop.model.outcome.Closure.CONFIRMED ? fx.recovered() : 0);
        if (--order.pending == 0) {
            survey(order, at);
        }
    }

    /** Keeps the SLA explanation of the first case closed with a clock of its last cycle breached. */
    private void explainBreach(FeedbackCase c, CaseOutcome o) {
        for (SlaResult r : o.sla()) {
            if (r.breached() && r.cycle() == c.cycle()) {
                service.explainSla(c.id(), r.target()).ifPresent(e -> breachExample = e);
                return;
            }
        }
    }

    private FeedbackCase current(Sim s) {
        return service.find(s.id).orElseThrow();
    }

    private CommandResult exec(Sim s, Actor actor, CaseChange change) {
        long version = service.find(s.id).map(FeedbackCase::version).orElse(0L);
        CommandResult r = service.execute(CaseCommand.of(s.nextCommand(), s.id, version, actor, change));
        count(r);
        return r;
    }

    private void count(CommandResult r) {
        m.commands++;
        if (r instanceof CommandResult.Rejected rej) {
            m.rejectedCommand(rej.message());
        }
    }

    // ------------------------------------------------------------------ surveys

    private void survey(Order o, Instant after) {
        if (!o.responds) {
            return;
        }
        m.respondents++;
        Instant at = after.plus(SURVEY_DELAY);
        SurveyContext context = SurveyContext.of(o.customer, at).via(Channel.APP);
        Surveys sv = surveys;
        NpsResponse nps = NpsResponse.of(context, answers.score(sv.nps().mean() + o.shift, sv.nps().spread(), 0, 10));
        m.nps(nps);
        log.nps(nps);
        paradox.addNps(o.complaint, nps.score());
        CsatResponse last = null;
        for (int si = 0; si < stages.length; si++) {
            if (o.reached[si]) {
                double shift = o.stageShift[si] + 0.5 * (o.shift - o.stageShift[si]);
                CsatResponse csat = CsatResponse.of(context.atStage(stages[si]),
                        answers.score(sv.csat().mean() + 0.4 * shift, sv.csat().spread(), 1, 5));
                m.csat(si, csat);
                log.csat(csat);
                last = csat;
            }
        }
        if (last != null) {
            // the satisfaction with the end of the journey: the answer about the last stage reached
            paradox.addSatisfaction(o.complaint, last.score());
        }
        CesResponse ces = CesResponse.of(context, answers.score(sv.ces().mean() + 0.6 * o.shift, sv.ces().spread(), 1, 7));
        m.ces(ces);
        log.ces(ces);
        if (!answers.chance(sv.detailShare())) {
            return;
        }
        // The detailed survey, as the model's response types: 22 SERVQUAL items, the
        // importance-performance ratings and the Kano question pairs.
        List<ServqualResponse> items = new ArrayList<>(22);
        ServqualDimension[] order = {ServqualDimension.TANGIBLES, ServqualDimension.RELIABILITY,
            ServqualDimension.RESPONSIVENESS, ServqualDimension.ASSURANCE, ServqualDimension.EMPATHY};
        int[] perDimension = {4, 5, 4, 4, 5};
        for (int d = 0; d < order.length; d++) {
            Surveys.Gap gap = sv.servqual().get(order[d]);
            for (int k = 0; k < perDimension[d]; k++) {
                items.add(new ServqualResponse(context,
                        "servqual-" + (items.size() + 1), order[d], answers.score(gap.expectation(), 0.9, 1, 7),
                        answers.score(gap.perception() + 0.3 * o.shift, 1.1, 1, 7)));
            }
        }
        m.servqual(items);
        for (Surveys.IpaAttribute a : sv.ipa()) {
            m.ipa(new ImportancePerformance(context, a.attribute(), answers.score(a.importance(), 0.7, 1, 5),
                    answers.score(a.performance() + 0.2 * o.shift, 0.8, 1, 5), 5));
        }
        for (Surveys.KanoFeature f : sv.kano()) {
            KanoResponse r;
            if (answers.chance(0.1)) {
                r = new KanoResponse(context, f.feature(), ANSWERS[answers.below(5)], ANSWERS[answers.below(5)]);
            } else {
                KanoCategory category = new Categorical<>(f.categories()).draw(answers);
                r = switch (category) {
                    case ATTRACTIVE -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.NEUTRAL);
                    case ONE_DIMENSIONAL -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.DISLIKE);
                    case MUST_BE -> new KanoResponse(context, f.feature(), KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE);
                    case REVERSE -> new KanoResponse(context, f.feature(), KanoAnswer.DISLIKE, KanoAnswer.LIKE);
                    case QUESTIONABLE -> new KanoResponse(context, f.feature(), KanoAnswer.LIKE, KanoAnswer.LIKE);
                    default -> new KanoResponse(context, f.feature(), KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL);
                };
            }
            m.kano(r);
        }
    }

    // ------------------------------------------------------------------ state

    /** A service case on its way through the process. */
    private static final class Order {
        final CustomerId customer;
        final double[] stageShift;
        final boolean[] reached;
        CustomerSegment segment;
        Instant end;
        Optional<CaseOutcome> complaint = Optional.empty();
        boolean complaintFailed;
        double shift;
        boolean responds;
        int pending;

        Order(CustomerId customer, int stages) {
            this.customer = customer;
            this.stageShift = new double[stages];
            this.reached = new boolean[stages];
        }
    }

    /** A piece of feedback a service case will give. */
    private static final class Item {
        final Order order;
        final Step step;
        final int stage;
        final FeedbackCategory category;
        final Severity severity;
        final boolean failed;
        final boolean slow;
        final Instant occurredAt;
        boolean invalid;

        Item(Order order, Step step, int stage, FeedbackCategory category, Severity severity,
                boolean failed, boolean slow, Instant occurredAt) {
            this.order = order;
            this.step = step;
            this.stage = stage;
            this.category = category;
            this.severity = severity;
            this.failed = failed;
            this.slow = slow;
            this.occurredAt = occurredAt;
        }
    }

    /** A feedback case in the engine, as the desk sees it. */
    private static final class Sim {
        final CaseId id;
        final Item item;
        Priority priority = Priority.MEDIUM;
        int cycle = 1;
        int escalation;
        int commands;
        boolean atFirstContact;
        boolean awaitNext;
        boolean rectified;
        Task queued;

        Sim(CaseId id, Item item) {
            this.id = id;
            this.item = item;
        }

        CommandId nextCommand() {
            return CommandId.of("cmd-" + ++commands);
        }
    }

    /** What an agent does with a feedback case; the order is the desk's order of work. */
    private enum TaskKind {
        /** Answer the customer (and resolve at once when the desk can). */
        FIRST_CONTACT,
        /** Call the customer back after the fix. */
        FOLLOW_UP,
        /** Work on the problem until it is resolved. */
        RESOLVE
    }

    /** A piece of work for an agent. Ordered: kind, then escalated first, priority, readiness, creation. */
    private static final class Task implements Comparable<Task> {
        final TaskKind kind;
        final Sim sim;
        final long seq;
        final int escalation;
        final int priority;
        final Instant readyAt;
        boolean cancelled;

        Task(TaskKind kind, Sim sim, Instant readyAt, long seq) {
            this.kind = kind;
            this.sim = sim;
            this.readyAt = readyAt;
            this.seq = seq;
            this.escalation = sim.escalation;
            this.priority = sim.priority.ordinal();
        }

        @Override
        public int compareTo(Task o) {
            int c = kind.compareTo(o.kind);
            if (c == 0) {
                c = Integer.compare(o.escalation, escalation);
            }
            if (c == 0) {
                c = Integer.compare(o.priority, priority);
            }
            if (c == 0) {
                c = readyAt.compareTo(o.readyAt);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /**
     * Something that happens at an instant, as a record per kind. Ordered by instant, then by
     * creation ({@code seq}), so that events at one instant happen in the order they were scheduled.
     */
    private sealed interface Event extends Comparable<Event> {

        /** The order of events: by instant, then by creation. */
        Comparator<Event> ORDER = Comparator.comparing(Event::at).thenComparingLong(Event::seq);

        /**
         * Returns when the event happens.
         *
         * @return the instant
         */
        Instant at();

        /**
         * Returns the event's creation number, unique in a run.
         *
         * @return the number
         */
        long seq();

        @Override
        default int compareTo(Event o) {
            return ORDER.compare(this, o);
        }

        /** A customer's feedback reaches the service desk. */
        record FeedbackArrives(Instant at, long seq, Item item) implements Event {
        }

        /** A task becomes ready for the queue (a follow-up call falls due). */
        record TaskReady(Instant at, long seq, Task task) implements Event {
        }

        /** An agent finishes a task. */
        record TaskDone(Instant at, long seq, Task task, int agent) implements Event {
        }

        /** The desk's working time begins and idle agents take queued work. */
        record DeskOpens(Instant at, long seq) implements Event {
        }

        /** The customer answers a question the desk was waiting on. */
        record CustomerReplies(Instant at, long seq, Sim sim) implements Event {
        }
    }
}

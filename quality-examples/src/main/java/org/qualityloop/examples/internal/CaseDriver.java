package org.qualityloop.examples.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.Sentiment;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaExplanation;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * Drives the feedback cases through the real {@link CaseService}: it opens and registers each piece
 * of feedback as it arrives and queues it at the desk; when an agent finishes a task it sends what
 * the agent did as commands (assign, respond, resolve with recovery and rectification, capture
 * knowledge, follow up, confirm, reject, reopen) and queues the next task; and before every event it
 * runs the engine's SLA monitor, recording each warning, breach and escalation at the instant it
 * falls due (an escalated case's queued task is replaced so that it jumps the queue). A closed case
 * goes to the insight accumulators and, when valid, to the survey part.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class CaseDriver {

    private static final Duration FOLLOW_UP_RETRY = Duration.ofDays(1);

    private final BusinessCalendar calendar;
    private final ServiceDesk deskConfig;
    private final StageId[] stages;
    private final Categorical<Channel> channels;
    private final Rng rng;
    private final SimClock clock;
    private final CaseService service;
    private final FeedbackLifecycle lifecycle;
    private final Agenda agenda;
    private final Desk desk;
    private final SurveyAnswers surveys;
    private final Measurements m;
    private final DwellTimes dwell;
    private final ProcessMap processMap;
    private final Actor intake = Actor.system("intake");
    private final Map<CaseId, OpenCase> open = new HashMap<>();
    private long feedbackSeq;
    private SlaExplanation breachExample;

    /**
     * Makes the case driving of a run.
     *
     * @param calendar the working time
     * @param deskConfig the scenario's desk: priorities, and the chances and times of what agents do
     * @param mix the scenario's feedback, for its channels
     * @param stages the process's stages, in order
     * @param rng the stream of the desk's draws, shared with the {@link Desk}
     * @param clock the engine's clock, moved to each SLA alert as it is recorded
     * @param service the engine
     * @param lifecycle the engine's lifecycle
     * @param agenda where customer replies and follow-ups are scheduled
     * @param desk the desk, where tasks are queued
     * @param surveys the survey part, told every valid case that closes
     * @param m where commands, SLA alerts and outcomes are measured
     * @param dwell told the history of every closed case
     * @param processMap told the history of every closed case
     */
    CaseDriver(BusinessCalendar calendar, ServiceDesk deskConfig, FeedbackMix mix, StageId[] stages, Rng rng,
            SimClock clock, CaseService service, FeedbackLifecycle lifecycle, Agenda agenda, Desk desk,
            SurveyAnswers surveys, Measurements m, DwellTimes dwell, ProcessMap processMap) {
        this.calendar = calendar;
        this.deskConfig = deskConfig;
        this.stages = stages;
        this.channels = new Categorical<>(mix.channels());
        this.rng = rng;
        this.clock = clock;
        this.service = service;
        this.lifecycle = lifecycle;
        this.agenda = agenda;
        this.desk = desk;
        this.surveys = surveys;
        this.m = m;
        this.dwell = dwell;
        this.processMap = processMap;
    }

    /**
     * Returns how many feedback cases are still open.
     *
     * @return the count
     */
    int openCount() {
        return open.size();
    }

    /**
     * Returns the SLA explanation of the first case closed with a clock of its last cycle breached.
     *
     * @return the explanation, or empty when no such case closed
     */
    Optional<SlaExplanation> breachExample() {
        return Optional.ofNullable(breachExample);
    }

    /**
     * Records every SLA warning and breach due up to {@code t}, each at the instant it falls due.
     *
     * @param t the instant of the next event
     */
    void recordSlaAlertsUpTo(Instant t) {
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
        OpenCase s = open.get(c.id());
        if (s == null) {
            return;
        }
        s.escalation = c.escalationCount();
        desk.requeue(s);
    }

    /**
     * A piece of feedback reaches the desk: it is opened and registered, and its first contact queued.
     *
     * @param item the feedback
     * @param at when it arrives
     */
    void receive(FeedbackItem item, Instant at) {
        CaseId id = CaseId.of("case-" + ++feedbackSeq);
        OpenCase s = new OpenCase(id, item);
        m.feedbackCases++;
        Feedback.Builder fb = Feedback.builder(FeedbackId.of("fb-" + feedbackSeq), channels.draw(rng), at)
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
        Priority priority = deskConfig.priorities().get(item.severity);
        if (deskConfig.priorityUpgrade().contains(item.order.segment) && priority != Priority.URGENT) {
            priority = Priority.values()[priority.ordinal() + 1];
        }
        s.priority = priority;
        exec(s, intake, CaseChange.Registered.of(item.category, item.severity, priority, AgentId.of("service-desk")));
        desk.enqueue(new Task(TaskKind.FIRST_CONTACT, s, at, agenda.next()));
        desk.dispatch(at);
    }

    /**
     * The customer answers the question the desk was waiting on: the case goes back to resolution.
     *
     * @param s the case
     * @param at when they answer
     */
    void customerReplied(OpenCase s, Instant at) {
        exec(s, Actor.customer(s.item.order.customer), CaseChange.customerReplied());
        desk.enqueue(new Task(TaskKind.RESOLVE, s, at, agenda.next()));
        desk.dispatch(at);
    }

    /**
     * An agent finishes a task: what they did is sent to the engine.
     *
     * @param task the task
     * @param agent the agent's number
     * @param at when they finish
     */
    void complete(Task task, int agent, Instant at) {
        OpenCase s = task.sim;
        Actor actor = desk.actor(agent);
        switch (task.kind) {
            case FIRST_CONTACT -> firstContact(s, agent, actor, at);
            case RESOLVE -> resolve(s, actor, at);
            case FOLLOW_UP -> followUp(s, actor, at);
        }
    }

    private void firstContact(OpenCase s, int agent, Actor actor, Instant at) {
        if (s.item.invalid) {
            Validity verdict = rng.chance(0.5) ? Validity.malicious("advertising spam")
                    : Validity.invalid("duplicate of an earlier report");
            exec(s, actor, new CaseChange.Rejected(verdict));
            closed(s, at);
            return;
        }
        if (s.escalation == 0 || s.cycle > 1) {
            exec(s, actor, CaseChange.Assigned.to(desk.agentId(agent)));
        }
        exec(s, actor, CaseChange.responded());
        s.awaitNext = rng.chance(deskConfig.awaitCustomer());
        if (s.cycle == 1 && !s.item.failed && rng.chance(deskConfig.firstContactResolution())) {
            s.atFirstContact = true;
            exec(s, actor, CaseChange.Resolved.plain());
            resolved(s, actor, at);
        } else {
            desk.enqueue(new Task(TaskKind.RESOLVE, s, at, agenda.next()));
        }
    }

    private void resolve(OpenCase s, Actor actor, Instant at) {
        FeedbackCase c = current(s);
        Optional<SlaClock> update = c.clock(SlaTarget.NEXT_UPDATE);
        if (update.isPresent() && update.get().status(calendar, at) == SlaStatus.RUNNING
                && update.get().elapsed(calendar, at).compareTo(update.get().targetDuration().dividedBy(2)) > 0) {
            exec(s, actor, CaseChange.customerUpdated());
        }
        if (s.awaitNext) {
            s.awaitNext = false;
            exec(s, actor, CaseChange.awaitingCustomer());
            agenda.schedule(new Event.CustomerReplies(at.plusMillis(rng.millis(deskConfig.customerReply())),
                    agenda.next(), s));
            return;
        }
        FeedbackItem item = s.item;
        Optional<ServiceFailure> failure = Optional.empty();
        if (item.failed && s.cycle == 1) {
            exec(s, actor, new CaseChange.RectificationStarted("Correct the failed " + item.step.touchpoint()
                    + " step and prevent a repeat"));
            AgentId by = AgentId.of(actor.id());
            exec(s, actor, new CaseChange.RecoveryRecorded(RecoveryAction.of(RecoveryActionKind.APOLOGY, by, at,
                    RecoveryOutcome.SUCCEEDED)));
            if (rng.chance(deskConfig.compensationShare())) {
                exec(s, actor, new CaseChange.RecoveryRecorded(RecoveryAction.compensation(deskConfig.compensation(),
                        by, at, RecoveryOutcome.SUCCEEDED)));
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

    private void resolved(OpenCase s, Actor actor, Instant at) {
        if (rng.chance(deskConfig.knowledgeShare())) {
            FeedbackItem item = s.item;
            CommandResult r = exec(s, actor, new CaseChange.KnowledgeCaptured("Typical " + item.category + " case",
                    item.step != null ? item.step.rootCause() : RootCauseCategory.METHOD,
                    "Resolved by the service desk"));
            if (r.isAccepted()) {
                m.knowledgeEntries++;
            }
        }
        Instant ready = at.plusMillis(rng.millis(deskConfig.followUpDelay()));
        Task t = new Task(TaskKind.FOLLOW_UP, s, ready, agenda.next());
        agenda.schedule(new Event.TaskReady(ready, agenda.next(), t));
    }

    private void followUp(OpenCase s, Actor actor, Instant at) {
        FeedbackCase c = current(s);
        if (c.state() == CaseState.RESOLVED) {
            exec(s, actor, CaseChange.followUpStarted());
        }
        if (!rng.chance(deskConfig.reachRate())) {
            CommandResult r = exec(s, actor, CaseChange.followUpFailed());
            if (r instanceof CommandResult.Accepted a && !a.current().state().isOpen()) {
                closed(s, at);
            } else {
                Task t = new Task(TaskKind.FOLLOW_UP, s, at.plus(FOLLOW_UP_RETRY), agenda.next());
                agenda.schedule(new Event.TaskReady(t.readyAt, agenda.next(), t));
            }
            return;
        }
        double failureChance = s.cycle >= 3 ? 0 : deskConfig.fixFailure() / (1 << (s.cycle - 1));
        boolean fixed = !rng.chance(failureChance);
        int breaches = breaches(current(s), at);
        double latent = deskConfig.satisfaction() - 0.6 * breaches - 0.5 * (s.cycle - 1) + (s.rectified ? 0.3 : 0)
                + 0.8 * rng.normal();
        boolean unhappy = latent < 1.5 && s.cycle < 3 && rng.chance(0.5);
        if (!fixed || unhappy) {
            exec(s, actor, new CaseChange.Reopened(fixed ? "Customer not satisfied with the handling"
                    : "Problem not solved"));
            s.cycle++;
            s.awaitNext = false;
            if (s.priority != Priority.URGENT) {
                s.priority = Priority.values()[s.priority.ordinal() + 1];
            }
            desk.enqueue(new Task(TaskKind.FIRST_CONTACT, s, at, agenda.next()));
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

    private void closed(OpenCase s, Instant at) {
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
        surveys.feedbackClosed(s.item.order, s.item.failed, s.item.slow, o, at);
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

    private FeedbackCase current(OpenCase s) {
        return service.find(s.id).orElseThrow();
    }

    private CommandResult exec(OpenCase s, Actor actor, CaseChange change) {
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
}

package org.qualityloop.insight;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;

/** Builds case histories for the tests: by hand, one change at a time, or at random (always valid). */
final class History {

    /** Monday to Friday, 09:00 to 17:00 UTC. */
    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();
    /** Monday 2 March 2026, 09:00 UTC. */
    static final Instant MONDAY_9 = Instant.parse("2026-03-02T09:00:00Z");
    static final AgentId AGENT = AgentId.of("agent-1");

    private final CaseId id;
    private final List<CaseEvent> events = new ArrayList<>();

    private History(CaseId id) {
        this.id = id;
    }

    /**
     * A history opened at {@code at}.
     *
     * @param id the case id
     * @param at when the feedback was received
     * @param stage the stage, or null
     * @return the history with its received event
     */
    static History received(String id, Instant at, String stage) {
        return received(id, at, stage, Channel.WEB, FeedbackCategory.TECHNICAL_ISSUE);
    }

    static History received(String id, Instant at, String stage, Channel channel, FeedbackCategory category) {
        History h = new History(CaseId.of(id));
        Feedback f = Feedback.builder(FeedbackId.of("fb-" + id), channel, at).category(category).build();
        h.events.add(CaseEvent.of(h.id, 1, CommandId.of("c1"), Actor.system("intake"), at,
                new CaseChange.Received(f, Optional.ofNullable(stage).map(StageId::of))));
        return h;
    }

    History then(Instant at, CaseChange change) {
        int n = events.size() + 1;
        Actor actor = Actor.agent(AGENT);
        events.add(CaseEvent.of(id, n, CommandId.of("c" + n), actor, at, change));
        return this;
    }

    History register(Instant at) {
        return then(at, CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, Priority.HIGH, AGENT));
    }

    List<CaseEvent> events() {
        return List.copyOf(events);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /**
     * A random valid history of the standard lifecycle (three follow-up attempts): rejections,
     * waits on the customer, rectification, reopenings, failed follow-ups, and cases cut off while
     * still open. Events may share an instant.
     *
     * @param seed the seed
     * @param n the case's number, for its id
     * @return the history
     */
    static List<CaseEvent> random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant[] t = {MONDAY_9.plus(Duration.ofMinutes(r.nextInt(20_000)))};
        java.util.function.Supplier<Instant> next = () -> {
            t[0] = t[0].plus(Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : r.nextInt(3_000)));
            return t[0];
        };
        String[] stages = {null, "booking", "approval"};
        Channel[] channels = {Channel.WEB, Channel.EMAIL, Channel.PHONE};
        FeedbackCategory[] categories = {FeedbackCategory.TECHNICAL_ISSUE, FeedbackCategory.PRODUCT,
            FeedbackCategory.SERVICE_ATTITUDE};
        History h = received("case-" + n, t[0], stages[r.nextInt(3)], channels[r.nextInt(3)],
                categories[r.nextInt(3)]);
        if (r.nextInt(20) == 0) {
            return h.then(next.get(), new CaseChange.Rejected(Validity.invalid("spam"))).cut(r);
        }
        h.register(next.get());
        boolean registered = true;
        for (int cycle = 0; cycle < 4; cycle++) {
            if (!registered && r.nextBoolean()) {
                h.then(next.get(), CaseChange.Assigned.to(AGENT));
            }
            if (r.nextInt(5) == 0) {
                h.then(next.get(), new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "slow"));
            }
            h.then(next.get(), CaseChange.responded());
            waits(h, r, next);
            if (r.nextInt(3) == 0) {
                h.then(next.get(), new CaseChange.RectificationStarted("fix the form"));
                waits(h, r, next);
            }
            if (r.nextInt(4) == 0) {
                h.then(next.get(), CaseChange.awaitingCustomer()); // resolving ends the wait
            }
            h.then(next.get(), CaseChange.Resolved.plain());
            if (r.nextInt(8) == 0) {
                h.then(next.get(), new CaseChange.Reopened("not fixed"));
                registered = false;
                continue;
            }
            h.then(next.get(), CaseChange.followUpStarted());
            int failures = r.nextInt(4);
            for (int i = 0; i < failures; i++) {
                h.then(next.get(), CaseChange.followUpFailed());
            }
            if (failures < 3) {
                if (r.nextInt(6) == 0) {
                    h.then(next.get(), new CaseChange.Reopened("still broken"));
                    registered = false;
                    continue;
                }
                h.then(next.get(), CaseChange.Confirmed.withSatisfaction(1 + r.nextInt(5)));
            }
            if (r.nextInt(10) == 0) {
                h.then(next.get(), new CaseChange.Reopened("came back"));
                registered = false;
                continue;
            }
            break;
        }
        return h.cut(r);
    }

    private static void waits(History h, SplittableRandom r, java.util.function.Supplier<Instant> next) {
        int waits = r.nextInt(3);
        for (int i = 0; i < waits; i++) {
            h.then(next.get(), CaseChange.awaitingCustomer());
            if (r.nextBoolean()) {
                h.then(next.get(), CaseChange.customerUpdated());
            }
            h.then(next.get(), CaseChange.customerReplied());
        }
    }

    /** Mostly the whole history; sometimes a case still open, cut after a random event. */
    private List<CaseEvent> cut(SplittableRandom r) {
        List<CaseEvent> all = events();
        return r.nextInt(5) == 0 ? all.subList(0, 1 + r.nextInt(all.size())) : all;
    }

    /**
     * A history as the engine would have recorded it under a policy: the policy's targets after
     * every registration, and every SLA warning and breach due recorded by the monitor just
     * before the next event (a monitor that is never late).
     *
     * @param base a valid history without SLA changes
     * @param lifecycle the lifecycle
     * @param policy the policy
     * @return the history with the SLA changes, renumbered
     */
    static List<CaseEvent> withSla(List<CaseEvent> base, org.qualityloop.workflow.cases.FeedbackLifecycle lifecycle,
            org.qualityloop.model.sla.SlaPolicy policy) {
        List<CaseEvent> out = new ArrayList<>();
        org.qualityloop.workflow.cases.FeedbackCase c = null;
        for (CaseEvent e : base) {
            if (c != null) {
                for (org.qualityloop.workflow.cases.SlaAlert a : lifecycle.dueAlerts(c, e.at())) {
                    CaseChange alert = a.kind() == org.qualityloop.workflow.cases.SlaAlert.Kind.BREACH
                            ? new CaseChange.SlaBreached(a.target())
                            : new CaseChange.SlaWarningReached(a.target(), a.warning().getAsInt());
                    CaseEvent ev = CaseEvent.of(e.caseId(), c.version() + 1,
                            CommandId.of("sla:" + (c.version() + 1)), Actor.SLA_MONITOR, e.at(), alert);
                    c = lifecycle.apply(c, ev);
                    out.add(ev);
                }
            }
            CaseEvent ev = new CaseEvent(e.schema(), e.caseId(), c == null ? 1 : c.version() + 1, e.commandId(),
                    e.actor(), e.at(), e.change());
            c = c == null ? lifecycle.open(ev) : lifecycle.apply(c, ev);
            out.add(ev);
            if (e.change() instanceof CaseChange.Registered) {
                CaseEvent targets = new CaseEvent(e.schema(), e.caseId(), c.version() + 1, e.commandId(), e.actor(),
                        e.at(), CaseChange.SlaTargetsSet.from(policy, c.slaContext()));
                c = lifecycle.apply(c, targets);
                out.add(targets);
            }
        }
        return List.copyOf(out);
    }
}

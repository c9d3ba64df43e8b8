package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.model.sla.SlaZoneSource;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.CaseSummary;

/**
 * Stateful properties of the case engine: random sequences of commands (allowed or not, fresh,
 * stale or retried), clock moves and SLA-monitor runs, with the engine's invariants checked after
 * every step:
 * <ul>
 *   <li>replaying a case's history gives the stored case (its JSON round trip is checked over the
 *       same chains by {@code CaseEngineJsonProperties} in {@code quality-jackson});</li>
 *   <li>at most one open cycle: only the current cycle has active clocks, past ones are finished,
 *       and {@code cycle == 1 + reopenCount};</li>
 *   <li>the clocks are consistent with the history: which clock is running, paused or stopped
 *       follows from the state, each counts from the start of its phase, and each active clock is
 *       paused exactly while one of its target's pause conditions holds;</li>
 *   <li>every change of targets the engine records carries its reason;</li>
 *   <li>closed cases change only by reopening; rejected ones never change;</li>
 *   <li>a rejected command leaves no trace; a retried command is applied once;</li>
 *   <li>after the monitor has run, nothing due is left unrecorded;</li>
 *   <li>no alert recorded in a history repeats, and a recorded breach stays a breach —
 *       also across the calendar and policy changes the chains make mid-run.</li>
 * </ul>
 * The two policies measure some targets on a named calendar of the lifecycle (whose hours the
 * chains also change mid-run), pause targets on conditions other than the defaults, and have rules
 * on the category and the customer segment, which the chains change by reclassifying cases.
 */
public class CaseEngineProperties {

    private static final Instant START = Instant.parse("2026-03-20T06:30:00Z");
    private static final List<AgentId> AGENTS = List.of(AgentId.of("a-1"), AgentId.of("a-2"), AgentId.of("a-3"));
    private static final AgentId LEAD = AgentId.of("lead");

    static BusinessCalendar calendar(int which) {
        return which == 0
                ? BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC)
                : BusinessCalendar.builder("berlin-office", "Europe/Berlin")
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
                        .holiday(MonthDay.of(4, 3)).holiday(MonthDay.of(4, 6))
                        .build();
    }

    static final CustomerSegment VIP = CustomerSegment.of("vip");
    /** The name of the lifecycle's named calendar, which some targets use. */
    static final String DESK = "evening-desk";

    /** The named calendar, in one of two versions (the chains switch them mid-run). */
    static BusinessCalendar desk(int which) {
        return BusinessCalendar.builder(DESK, ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, WorkingInterval.parse(which == 0 ? "06:00-22:00"
                        : "12:00-20:00"))
                .build();
    }

    /** The policy other engine tests share: the lifecycle's calendar and the default pauses for every target. */
    static SlaPolicy policy(ReopenMode mode) {
        return new SlaPolicy("stateful",
                List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                        SlaTarget.RESOLUTION, Duration.ofHours(4))).whenPriority(Priority.URGENT)),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.NEXT_UPDATE, Duration.ofHours(4),
                        SlaTarget.RESOLUTION, Duration.ofHours(16), SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
                List.of(new SlaWarning.Share(new BigDecimal("0.5")), new SlaWarning.Before(Duration.ofMinutes(15))),
                mode);
    }

    /**
     * The first policy of the chains: {@link #policy} with a rule on the customer segment, the
     * first response on the named calendar, resolution paused while rectifying too, and both
     * measured in the customer's zone when the case has one.
     */
    static SlaPolicy deskPolicy(ReopenMode mode) {
        SlaPolicy p = policy(mode);
        List<SlaRule> rules = new ArrayList<>(p.rules());
        rules.add(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(20))).whenSegment(VIP));
        return new SlaPolicy("stateful-desk", rules, p.defaults(), p.warnings(), mode,
                Map.of(SlaTarget.FIRST_RESPONSE, DESK),
                Map.of(SlaTarget.RESOLUTION, Set.of(SlaPauseCondition.AWAITING_CUSTOMER, SlaPauseCondition.RECTIFYING)),
                Map.of(SlaTarget.FIRST_RESPONSE, SlaZoneSource.CASE, SlaTarget.RESOLUTION, SlaZoneSource.CASE));
    }

    /**
     * The other policy the engine switches to mid-run: first response only for high and urgent
     * cases, so priority and policy changes remove targets and add them back.
     */
    static SlaPolicy otherPolicy(ReopenMode mode) {
        return new SlaPolicy("stateful-other",
                List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(45),
                                SlaTarget.RESOLUTION, Duration.ofHours(3))).whenPriority(Priority.URGENT),
                        SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))).whenPriority(Priority.HIGH),
                        SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(2)))
                                .whenCategory(FeedbackCategory.SERVICE_ATTITUDE)),
                Map.of(SlaTarget.NEXT_UPDATE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(8),
                        SlaTarget.FOLLOW_UP, Duration.ofHours(4)),
                List.of(new SlaWarning.Before(Duration.ofHours(1))), mode,
                Map.of(SlaTarget.RESOLUTION, DESK, SlaTarget.FOLLOW_UP, DESK),
                Map.of(SlaTarget.RESOLUTION, Set.of(SlaPauseCondition.RECTIFYING),
                        SlaTarget.NEXT_UPDATE, Set.of(SlaPauseCondition.AWAITING_CUSTOMER, SlaPauseCondition.RECTIFYING),
                        SlaTarget.FOLLOW_UP, Set.of(SlaPauseCondition.of("resolved"))));
    }

    /** The system under test and what the test remembers of it. */
    public static final class Engine {
        final TestClock clock = new TestClock(START);
        final InMemoryCaseStore repository = new InMemoryCaseStore();
        final BusinessCalendar[] calendars = {calendar(0), calendar(1)};
        final ReopenMode mode;
        int calendarNow;
        int deskNow;
        int policyNow;
        CaseService service;
        FeedbackLifecycle lifecycle;
        final List<CaseId> ids = new ArrayList<>();
        final Map<CaseId, FeedbackCase> lastSeen = new HashMap<>();
        CaseCommand lastAccepted;
        boolean monitorJustRan;
        int commands;

        Engine(int calendar, ReopenMode mode, int followUps) {
            this.mode = mode;
            this.calendarNow = calendar;
            this.lifecycle = FeedbackLifecycle.builder(calendars[calendar]).namedCalendar(desk(0))
                    .maxFollowUpAttempts(followUps).build();
            this.service = newService();
        }

        private CaseService newService() {
            return CaseService.builder(lifecycle, policyNow == 0 ? deskPolicy(mode) : otherPolicy(mode), clock)
                    .store(repository)
                    .escalation(EscalationPolicy.onBreach(List.of(LEAD), Set.of(SlaTarget.RESOLUTION)))
                    .build();
        }

        /**
         * Switches the main calendar or the named one (taking effect a millisecond from now), or
         * the policy, as an operator does: a new service on the same repository, re-indexed, and
         * the SLA of every case recomputed (refused where the case takes no targets).
         */
        void reconfigure(Change what) {
            Instant from = clock.instant().plusMillis(1);
            clock.advance(Duration.ofMillis(1));
            if (what == Change.CALENDAR) {
                calendarNow = 1 - calendarNow;
                lifecycle = lifecycle.withCalendar(calendars[calendarNow], from);
            } else if (what == Change.NAMED_CALENDAR) {
                deskNow = 1 - deskNow;
                lifecycle = lifecycle.withNamedCalendar(desk(deskNow), from);
            } else {
                policyNow = 1 - policyNow;
            }
            service = newService();
            for (CaseId id : ids) {
                FeedbackCase c = service.find(id).orElseThrow();
                CommandResult r = service.recomputeSla(nextId(), id, c.version(), Actor.system("ops"));
                if (r.isAccepted()) {
                    lastSeen.put(id, ((CommandResult.Accepted) r).current());
                } else {
                    assertThat(c.state().isOpen() && c.state() != CaseState.RECEIVED).as("%s", r).isFalse();
                }
            }
            monitorJustRan = false;
        }

        /**
         * The history of every case opened so far, for invariants checked outside this module.
         *
         * @return the histories by case, in the order the cases were opened
         */
        public Map<CaseId, List<CaseEvent>> histories() {
            Map<CaseId, List<CaseEvent>> all = new java.util.LinkedHashMap<>();
            ids.forEach(id -> all.put(id, service.history(id)));
            return all;
        }

        CommandId nextId() {
            return CommandId.of("cmd-" + ++commands);
        }

        @Override
        public String toString() {
            return "Engine[cases=" + ids.size() + ", now=" + clock.instant() + "]";
        }
    }

    @Property(tries = 200)
    void engineKeepsItsInvariants(@ForAll("chains") ActionChain<Engine> chain) {
        Engine e = chain.withInvariant("engine invariants", CaseEngineProperties::checkAll).run();
        // the chains do reach clocks measured in a customer's zone, and corrections of it
        boolean zoned = e.ids.stream().flatMap(id -> e.service.history(id).stream())
                .anyMatch(ev -> ev.change() instanceof CaseChange.SlaTargetsSet t && !t.zones().isEmpty());
        boolean corrected = e.ids.stream().flatMap(id -> e.service.history(id).stream())
                .anyMatch(ev -> ev.change() instanceof CaseChange.Reclassified r && r.zone().isPresent());
        net.jqwik.api.statistics.Statistics.label("targets in a customer's zone").collect(zoned);
        net.jqwik.api.statistics.Statistics.label("customer's zone corrected").collect(corrected);
        net.jqwik.api.statistics.Statistics.label("targets in a customer's zone")
                .coverage(c -> c.check(true).percentage(p -> p >= 10));
        net.jqwik.api.statistics.Statistics.label("customer's zone corrected")
                .coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    /**
     * The random chains of this property, also run with the history JSON invariant in
     * {@code quality-jackson}.
     *
     * @return chains of commands, clock moves and monitor runs
     */
    @Provide
    public Arbitrary<ActionChain<Engine>> chains() {
        return Arbitraries.integers().between(0, 1).flatMap(cal ->
                Arbitraries.of(ReopenMode.class).flatMap(mode ->
                        Arbitraries.integers().between(1, 3).map(followUps ->
                                ActionChain.<Engine>startWith(() -> new Engine(cal, mode, followUps))
                                        .withAction(2, new OpenCase())
                                        .withAction(12, new SendChange(false))
                                        .withAction(2, new SendChange(true))
                                        .withAction(2, new Retry())
                                        .withAction(4, new AdvanceClock())
                                        .withAction(2, new RunMonitor())
                                        .withAction(1, new Reconfigure())
                                        .withMaxTransformations(50)))).flatMap(a -> a);
    }

    // ------------------------------------------------------------------ actions

    static final class OpenCase implements Action.Independent<Engine> {
        @Override
        public Arbitrary<Transformer<Engine>> transformer() {
            Arbitrary<Channel> channels = Arbitraries.of(Channel.APP, Channel.PHONE, Channel.EMAIL, Channel.WEB);
            Arbitrary<Optional<ZoneId>> zones = Arbitraries.of(ZONES).map(z -> z.isEmpty() ? Optional.<ZoneId>empty()
                    : Optional.of(ZoneId.of(z)));
            return Arbitraries.integers().between(0, 120).flatMap(minutesAgo -> channels.flatMap(channel -> zones.map(
                    zone -> Transformer.mutate("open case via " + channel + ", received " + minutesAgo + " min ago"
                            + zone.map(z -> ", customer in " + z).orElse(""), e -> {
                        CaseId id = CaseId.of("case-" + (e.ids.size() + 1));
                        Feedback.Builder fb = Feedback.builder(FeedbackId.of("fb-" + id.value()), channel,
                                e.clock.instant().minus(Duration.ofMinutes(minutesAgo)));
                        zone.ifPresent(fb::zone);
                        Feedback f = fb.build();
                        CommandResult r = e.service.execute(CaseCommand.open(e.nextId(), id, Actor.system("intake"), f));
                        assertThat(r.isAccepted()).as("%s", r).isTrue();
                        e.ids.add(id);
                        e.lastSeen.put(id, ((CommandResult.Accepted) r).current());
                        e.lastAccepted = CaseCommand.open(CommandId.of("cmd-" + e.commands), id, Actor.system("intake"), f);
                        e.monitorJustRan = false;
                    }))));
        }
    }

    /** The customers' zones a case may have ("" for none): with and without DST, ahead of and behind UTC. */
    static final List<String> ZONES = List.of("", "", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe");

    static Arbitrary<CaseChange> changes() {
        Arbitrary<AgentId> agents = Arbitraries.of(AGENTS);
        return Arbitraries.oneOf(
                Arbitraries.of(Priority.class).flatMap(p -> agents.flatMap(a -> Arbitraries.of(false, true).map(vip ->
                        new CaseChange.Registered(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, p, a,
                                Optional.empty(), vip ? Optional.of(VIP) : Optional.empty())))),
                Arbitraries.of(CaseChange.Reclassified.segment(VIP),
                        CaseChange.Reclassified.segment(CustomerSegment.DEFAULT),
                        CaseChange.Reclassified.category(FeedbackCategory.SERVICE_ATTITUDE),
                        CaseChange.Reclassified.category(FeedbackCategory.TECHNICAL_ISSUE),
                        CaseChange.Reclassified.zone(ZoneId.of("America/New_York")),
                        CaseChange.Reclassified.zone(ZoneId.of("Asia/Kolkata"))),
                Arbitraries.of(CaseChange.responded(), CaseChange.customerUpdated(), CaseChange.awaitingCustomer(),
                        CaseChange.customerReplied(), CaseChange.followUpStarted(), CaseChange.followUpFailed(),
                        CaseChange.Resolved.plain(), new CaseChange.RectificationStarted("fix it"),
                        new CaseChange.Reopened("not satisfied"),
                        new CaseChange.Rejected(Validity.invalid("duplicate")),
                        new CaseChange.KnowledgeCaptured("problem", RootCauseCategory.METHOD, "fix"),
                        new CaseChange.Escalated(LEAD, Optional.empty(), "by hand")),
                agents.map(CaseChange.Assigned::to),
                Arbitraries.of(Priority.class).map(CaseChange.PriorityChanged::new),
                Arbitraries.integers().between(1, 5).map(CaseChange.Confirmed::withSatisfaction),
                Arbitraries.of(RecoveryActionKind.APOLOGY, RecoveryActionKind.COMPENSATION).map(k -> k
                        == RecoveryActionKind.COMPENSATION
                        ? new CaseChange.RecoveryRecorded(RecoveryAction.compensation(Money.of("10", "CNY"),
                                AGENTS.get(0), START, RecoveryOutcome.SUCCEEDED))
                        : new CaseChange.RecoveryRecorded(RecoveryAction.of(k, AGENTS.get(0), START,
                                RecoveryOutcome.SUCCEEDED))));
    }

    /**
     * Sends a change at the version the caller read, or (stale) at one the case has already left
     * behind; allowed or not, the result must be clean.
     */
    static final class SendChange implements Action.Dependent<Engine> {
        private final boolean stale;

        SendChange(boolean stale) {
            this.stale = stale;
        }

        @Override
        public boolean precondition(Engine e) {
            return !e.ids.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Engine>> transformer(Engine state) {
            return Arbitraries.of(state.ids).flatMap(id -> changes().map(change ->
                    Transformer.mutate((stale ? "stale " : "") + change.type() + " on " + id,
                            e -> send(e, id, change, stale))));
        }
    }

    static void send(Engine e, CaseId id, CaseChange change, boolean stale) {
        FeedbackCase before = e.service.find(id).orElseThrow();
        List<CaseEvent> historyBefore = e.service.history(id);
        long version = stale ? before.version() - 1 : before.version();
        CaseCommand command = CaseCommand.of(e.nextId(), id, version, Actor.agent(AGENTS.get(1)), change);
        CommandResult r = e.service.execute(command);
        if (r instanceof CommandResult.Accepted a) {
            assertThat(stale).as("a stale command must not be applied").isFalse();
            assertThat(a.retry()).isFalse();
            List<CaseEvent> after = e.service.history(id);
            assertThat(after).hasSize(historyBefore.size() + a.events().size());
            assertThat(after.subList(historyBefore.size(), after.size())).isEqualTo(a.events());
            assertThat(a.events().get(0).change()).isEqualTo(change);
            if (before.state() == CaseState.CLOSED) {
                assertThat(a.events().get(0).type()).as("closed cases change only by reopening")
                        .isEqualTo(CaseEventType.REOPEN);
            }
            assertThat(before.state()).as("rejected cases never change").isNotEqualTo(CaseState.REJECTED);
            e.lastAccepted = command;
            e.lastSeen.put(id, a.current());
        } else {
            CommandResult.Rejected rej = (CommandResult.Rejected) r;
            assertThat(rej.message()).contains(id.value());
            assertThat(rej.state()).contains(before.state());
            if (stale) {
                assertThat(rej.reason()).isEqualTo(CommandResult.Reason.STALE_VERSION);
            }
            assertThat(e.service.find(id)).contains(before);
            assertThat(e.service.history(id)).isEqualTo(historyBefore);
        }
        e.monitorJustRan = false;
    }

    /** Sends the last accepted command again: it must be answered from the history, not applied. */
    static final class Retry implements Action.Independent<Engine> {
        @Override
        public boolean precondition(Engine e) {
            return e.lastAccepted != null;
        }

        @Override
        public Arbitrary<Transformer<Engine>> transformer() {
            return Arbitraries.just(Transformer.mutate("retry the last accepted command", e -> {
                CaseId id = e.lastAccepted.caseId();
                List<CaseEvent> before = e.service.history(id);
                CommandResult r = e.service.execute(e.lastAccepted);
                assertThat(r).isInstanceOfSatisfying(CommandResult.Accepted.class,
                        a -> assertThat(a.retry()).isTrue());
                assertThat(e.service.history(id)).isEqualTo(before);
                e.monitorJustRan = false;
            }));
        }
    }

    static final class AdvanceClock implements Action.Independent<Engine> {
        @Override
        public Arbitrary<Transformer<Engine>> transformer() {
            return Arbitraries.oneOf(Arbitraries.longs().between(1, 180), Arbitraries.longs().between(180, 4_320))
                    .map(minutes -> Transformer.mutate("advance " + minutes + " min", e -> {
                        e.clock.advance(Duration.ofMinutes(minutes));
                        e.monitorJustRan = false;
                    }));
        }
    }

    static final class RunMonitor implements Action.Independent<Engine> {
        @Override
        public Arbitrary<Transformer<Engine>> transformer() {
            return Arbitraries.just(Transformer.mutate("run the SLA monitor", e -> {
                for (CommandResult r : e.service.processDue(10_000)) {
                    assertThat(r.isAccepted()).as("%s", r).isTrue();
                }
                e.monitorJustRan = true;
            }));
        }
    }

    /** What an operator changes mid-run. */
    enum Change {
        /** The lifecycle's main calendar. */
        CALENDAR,
        /** The hours of the named calendar some targets use. */
        NAMED_CALENDAR,
        /** The SLA policy. */
        POLICY
    }

    /** Changes a calendar or the policy mid-run. */
    static final class Reconfigure implements Action.Independent<Engine> {
        @Override
        public Arbitrary<Transformer<Engine>> transformer() {
            return Arbitraries.of(Change.class).map(what -> Transformer.mutate("change the " + what,
                    e -> e.reconfigure(what)));
        }
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Checks every engine invariant listed on this class.
     *
     * @param e the engine after a step
     */
    public static void checkAll(Engine e) {
        Instant now = e.clock.instant();
        for (CaseId id : e.ids) {
            FeedbackCase c = e.service.find(id).orElseThrow();
            List<CaseEvent> history = e.service.history(id);
            assertThat(c.version()).isEqualTo(history.size());
            for (int i = 0; i < history.size(); i++) {
                assertThat(history.get(i).sequence()).isEqualTo(i + 1);
            }
            FeedbackCase replayed = e.lifecycle.replay(history);
            assertThat(replayed).as("replay of %s", id).isEqualTo(c);
            // what the case derives and keeps as it goes (the next alert) is what its replay derives afresh
            assertThat(c.nextSlaAlert()).as("next alert of %s against its replay", id).isEqualTo(replayed.nextSlaAlert());
            checkAlertsNeverRepeat(e.lifecycle, history);
            checkRecordedBreachesSurvive(e.lifecycle, c, now);
            checkCycles(c);
            checkClocks(c);
            checkReasons(history);
            assertThat(c.outcome().isPresent()).isEqualTo(!c.state().isOpen());
            c.outcome().ifPresent(o -> assertThat(o.reopenCount()).isEqualTo(c.reopenCount()));
            if (e.monitorJustRan) {
                assertThat(e.lifecycle.dueAlerts(c, now)).as("left unrecorded on %s", id).isEmpty();
            }
            c.nextSlaAlert().ifPresent(at -> assertThat(e.service.nextDue()).isPresent()
                    .hasValueSatisfying(first -> assertThat(first).isBeforeOrEqualTo(CaseSummary.dueInstant(at))));
        }
    }

    /**
     * No alert recorded in a history repeats: each warning threshold and each breach of a clock
     * (a target and the instant its clock started counting) is recorded at most once, whatever
     * reopening, re-targeting, calendar or policy change came in between.
     */
    static void checkAlertsNeverRepeat(FeedbackLifecycle lifecycle, List<CaseEvent> history) {
        Set<String> recorded = new java.util.HashSet<>();
        FeedbackCase c = lifecycle.open(history.get(0));
        for (CaseEvent ev : history.subList(1, history.size())) {
            String key = null;
            if (ev.change() instanceof CaseChange.SlaWarningReached w) {
                key = w.target() + "@" + c.clock(w.target()).orElseThrow().start() + ":warning-" + w.warning();
            } else if (ev.change() instanceof CaseChange.SlaBreached b) {
                key = b.target() + "@" + c.clock(b.target()).orElseThrow().start() + ":breach";
            }
            if (key != null) {
                assertThat(recorded.add(key)).as("alert %s recorded again at sequence %s", key, ev.sequence()).isTrue();
            }
            c = lifecycle.apply(c, ev);
        }
    }

    /** A breach recorded on a current clock is still a breach now, whatever changed since. */
    static void checkRecordedBreachesSurvive(FeedbackLifecycle lifecycle, FeedbackCase c, Instant now) {
        List<SlaResult> results = lifecycle.slaResults(c, now);
        List<SlaResult> current = results.subList(c.pastClocks().size(), results.size());
        for (SlaResult r : current) {
            if (c.breachRecorded(r.target())) {
                assertThat(r.status()).as("recorded breach of %s on %s", r.target(), c.id())
                        .isEqualTo(SlaStatus.BREACHED);
            }
        }
    }

    /** The engine records why it (re)set the targets, every time. */
    static void checkReasons(List<CaseEvent> history) {
        for (CaseEvent ev : history) {
            if (ev.change() instanceof CaseChange.SlaTargetsSet t) {
                assertThat(t.reason()).as("reason of the targets at sequence %s", ev.sequence()).isPresent();
            }
        }
    }

    static void checkCycles(FeedbackCase c) {
        assertThat(c.cycle()).isEqualTo(1 + c.reopenCount());
        for (SlaResult r : c.pastClocks()) {
            assertThat(r.status()).isIn(SlaStatus.MET, SlaStatus.BREACHED, SlaStatus.CANCELLED);
            assertThat(r.cycle()).isBetween(1, c.cycle());
        }
        if (c.state() == CaseState.REJECTED) {
            assertThat(c.reopenCount()).isZero();
        }
    }

    static void checkClocks(FeedbackCase c) {
        Set<SlaTarget> active = new java.util.HashSet<>();
        for (SlaClock clock : c.clocks()) {
            if (clock.isActive()) {
                active.add(clock.target());
            }
        }
        if (c.slaTargets().isEmpty()) {
            assertThat(c.clocks()).isEmpty();
            return;
        }
        CaseState s = c.state();
        Set<SlaTarget> expected = new java.util.HashSet<>();
        if (EnumSet.of(CaseState.REGISTERED, CaseState.REOPENED).contains(s) && c.respondedAt().isEmpty()) {
            expected.add(SlaTarget.FIRST_RESPONSE);
        }
        if (EnumSet.of(CaseState.REGISTERED, CaseState.IN_PROGRESS, CaseState.RECTIFYING, CaseState.REOPENED)
                .contains(s)) {
            expected.add(SlaTarget.RESOLUTION);
        }
        if (EnumSet.of(CaseState.IN_PROGRESS, CaseState.RECTIFYING).contains(s)) {
            expected.add(SlaTarget.NEXT_UPDATE);
        }
        if (s == CaseState.RESOLVED) {
            expected.add(SlaTarget.FOLLOW_UP);
        }
        // only the targets the case's current targets define run (a policy may leave some out)
        expected.retainAll(c.slaTargets().orElseThrow().targets().keySet());
        assertThat(active).as("active clocks of %s in %s", c.id(), s).isEqualTo(expected);
        CaseChange.SlaTargetsSet targets = c.slaTargets().orElseThrow();
        for (SlaClock clock : c.clocks()) {
            if (clock.isActive()) {
                boolean holds = false;
                for (SlaPauseCondition p : targets.pauseConditions(clock.target())) {
                    holds |= p.equals(SlaPauseCondition.AWAITING_CUSTOMER) ? c.awaitingCustomer()
                            : p.code().equals(s.name().toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(clock.isPaused()).as("%s of %s in %s paused iff one of %s holds", clock.target(), c.id(), s,
                        targets.pauseConditions(clock.target())).isEqualTo(holds);
            }
        }
        c.clock(SlaTarget.FIRST_RESPONSE).ifPresent(f ->
                assertThat(f.start()).as("first response counts from the start of the cycle").isEqualTo(c.cycleStartedAt()));
        c.clock(SlaTarget.FOLLOW_UP).filter(SlaClock::isActive).ifPresent(f ->
                assertThat(Optional.of(f.start())).isEqualTo(c.resolvedAt()));
        c.clock(SlaTarget.NEXT_UPDATE).filter(SlaClock::isActive).ifPresent(n ->
                assertThat(Optional.of(n.start())).isEqualTo(c.lastUpdateAt()));
        c.clock(SlaTarget.RESOLUTION).ifPresent(r ->
                assertThat(r.start()).isBeforeOrEqualTo(c.cycleStartedAt()));
    }
}

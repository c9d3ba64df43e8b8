package org.qualityloop.workflow.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaAlert;
import org.qualityloop.workflow.cases.SlaExplanation;
import org.qualityloop.workflow.knowledge.KnowledgeBase;
import org.qualityloop.workflow.knowledge.KnowledgeEntry;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.Rejection;
import org.qualityloop.workflow.machine.RejectionKind;
import org.qualityloop.workflow.machine.Transition;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback case engine integrators embed: it executes {@link CaseCommand}s against cases kept
 * in a {@link CaseStore}, on a {@link FeedbackLifecycle}, with SLA targets from an
 * {@link SlaPolicy}, and records the SLA warnings and breaches the store's due index says are due.
 *
 * <p>Executing a command: the case is read once (the store's snapshot and the events after it,
 * folded); a retried command id is answered with the events it recorded before; a stale expected
 * version, an unknown case or a change the lifecycle refuses is rejected with a message naming
 * the case, its state and the event; otherwise the change (and what the engine derives from it:
 * the SLA targets after registering or a priority change) is stamped with the injected
 * {@link Clock}, folded, and appended atomically with the case's snapshot, its summary and its
 * next due instant. Only then are the knowledge base and the listeners told. A rejected command
 * leaves no trace.
 *
 * <p>Several services may share one store, in one process or many: each reads what the store
 * holds, never a copy of its own, and {@link #processDue(int)} claims a case before recording its
 * alerts. For notifications that must survive a crash, follow the store's global feed with a
 * {@link CaseFeed} instead of (or besides) a {@link CaseListener}.
 *
 * <p>Time: every event is stamped with {@code clock.instant()}, or with the case's last instant
 * if the clock has gone back, so a history never runs backwards. Nothing here sleeps or starts a
 * thread: call {@link #processDue(int)} from your own scheduler, at {@link #nextDue()}.
 *
 * <p>Errors: rejections are results; a {@link CaseStoreException} from the store, or an exception
 * of the caller's {@link UnitOfWork}, is passed on unchanged.
 *
 * <p>Logging (SLF4J, logger {@code org.qualityloop.workflow.engine.CaseService}): transitions at
 * debug, breaches at warn, failures of listeners and of the knowledge base at warn; case ids,
 * states and event types only, never personal data or free text.
 *
 * <p>Thread-safe: commands for different cases run in parallel; commands for one case are
 * serialised by the store's optimistic concurrency (a loser is rejected as stale and may
 * re-read and retry).
 *
 * <p>Longer than our usual 400 lines because it is the one engine class integrators embed: the
 * command path, the processing of due alerts with claims, and its builder share the service's
 * state, and about a third of the file is their Javadoc.
 */
public final class CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final String SYSTEM_PREFIX = CommandId.ALERT_PREFIX;
    private static final int ALERT_ATTEMPTS = 3;
    private static final int MAX_TARGETS = 1024;

    private final FeedbackLifecycle lifecycle;
    private final SlaPolicy policy;
    private final CaseStore store;
    private final Clock clock;
    private final Duration claimLease;
    private final EscalationPolicy escalation;
    private final KnowledgeBase knowledgeBase;
    private final ServiceProcess process;
    private final CaseListener[] listeners;
    /**
     * The targets the policy gave each context asked so far (at most {@link #MAX_TARGETS}): one
     * immutable instance per context, so that cases in one context share it, in memory and in an
     * in-memory store, and the policy is not asked again.
     */
    private final ConcurrentHashMap<TargetsKey, CaseChange.SlaTargetsSet> targets = new ConcurrentHashMap<>();

    private CaseService(Builder b, CaseStore store) {
        this.lifecycle = b.lifecycle;
        this.policy = b.policy;
        this.store = store;
        this.clock = b.clock;
        this.claimLease = b.claimLease;
        this.escalation = b.escalation;
        this.knowledgeBase = b.knowledgeBase;
        this.process = b.process;
        this.listeners = b.listeners.toArray(new CaseListener[0]);
    }

    /**
     * Starts a service.
     *
     * @param lifecycle the lifecycle cases run on, not null
     * @param policy the SLA policy targets are taken from, not null
     * @param clock the clock that stamps every event, not null
     * @return a builder; the store defaults to a new {@link InMemoryCaseStore} per built service
     */
    public static Builder builder(FeedbackLifecycle lifecycle, SlaPolicy policy, Clock clock) {
        return new Builder(Checks.notNull(lifecycle, "lifecycle"), Checks.notNull(policy, "policy"),
                Checks.notNull(clock, "clock"));
    }

    /**
     * Returns the lifecycle.
     *
     * @return the lifecycle
     */
    public FeedbackLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Returns the store this service keeps cases in, possibly shared with other services.
     *
     * @return the store this service keeps cases in, possibly shared with other services
     */
    public CaseStore store() {
        return store;
    }

    /**
     * The current case: the store's snapshot and the events after it, folded. A snapshot of an
     * older schema is not used: the case is rebuilt from its whole history.
     *
     * @param id the case, not null
     * @return the case, or empty when there is none
     */
    public Optional<FeedbackCase> find(CaseId id) {
        return load(Checks.notNull(id, "id"));
    }

    /**
     * The history of a case.
     *
     * @param id the case, not null
     * @return its events, in order; empty when there is no such case
     */
    public List<CaseEvent> history(CaseId id) {
        return store.history(Checks.notNull(id, "id"));
    }

    /**
     * One page of open cases matching a query, answered from the store's summaries.
     *
     * @param query what to match, not null
     * @param after the last case id of the previous page, or empty for the first page
     * @param limit the most cases on the page, at least 1
     * @return the page
     */
    public Page openCases(CaseQuery query, Optional<CaseId> after, int limit) {
        return store.openCases(query, after, limit);
    }

    /**
     * When {@link #processDue(int)} next has something to do, for any engine instance sharing
     * the store: the earliest due instant of an unclaimed alert (at microsecond precision, see
     * {@link CaseSummary#dueInstant}), or the end of a claim's lease. Never an instant whose
     * alerts were already recorded: recording them moves the case's due instant on, wherever it
     * happened.
     *
     * @return the instant, or empty when no alert is ahead
     */
    public Optional<Instant> nextDue() {
        return store.nextDue();
    }

    /**
     * Executes a command.
     *
     * @param command the command, not null
     * @return the case after it and the events recorded, or the rejection
     * @throws CaseStoreException when the store failed; retrying the command with its id is safe
     */
    public CommandResult execute(CaseCommand command) {
        return execute(command, UnitOfWork.NONE);
    }

    /**
     * Executes a command whose events must be stored together with writes of the caller's own:
     * the store runs {@code work} inside the append, so both commit or neither does. For
     * example, a compensation paid with the recovery action that reports it:
     *
     * <pre>{@code
     * service.execute(CaseCommand.of(commandId, caseId, version, agent, new CaseChange.RecoveryRecorded(refund)),
     *         tx -> payments.record(tx.resource(Connection.class).orElseThrow(), caseId, refund));
     * }</pre>
     *
     * @param command the command, not null
     * @param work what to write in the same transaction, not null; not run when the command is
     *     rejected or is a retry
     * @return the result
     * @throws RuntimeException whatever {@code work} threw; nothing was stored
     * @throws CaseStoreException when the store failed
     */
    public CommandResult execute(CaseCommand command, UnitOfWork work) {
        Checks.notNull(command, "command");
        Checks.notNull(work, "work");
        CaseChange change = command.change();
        CaseEventType type = change.type();
        FeedbackCase stored = loadOrNull(command.caseId());
        if (type.isSystem()) {
            return reject(command.caseId(), CommandResult.Reason.SYSTEM_CHANGE, found(stored), type,
                    "only the engine records " + type + " changes");
        }
        if (command.id().value().startsWith(SYSTEM_PREFIX)) {
            return reject(command.caseId(), CommandResult.Reason.INVALID, found(stored), type,
                    "command ids starting with '" + SYSTEM_PREFIX + "' are reserved for the engine, but got "
                            + command.id());
        }
        return run(command.id(), command.caseId(), command.expectedVersion(), command.actor(), change, null, stored,
                work);
    }

    /**
     * Executes a command and throws when it is rejected.
     *
     * @param command the command, not null
     * @return the accepted result
     * @throws CaseRejectedException carrying the rejection
     */
    public CommandResult.Accepted executeOrThrow(CaseCommand command) {
        CommandResult r = execute(command);
        if (r instanceof CommandResult.Accepted a) {
            return a;
        }
        throw new CaseRejectedException((CommandResult.Rejected) r);
    }

    /**
     * Re-applies the current SLA policy to a case, e.g. after the policy or the calendar
     * changed: records the targets the policy now gives, re-targeting active clocks from their
     * original start.
     *
     * @param id the command's id, not null
     * @param caseId the case, not null
     * @param expectedVersion the version read
     * @param actor who asks, not null
     * @return the result
     */
    public CommandResult recomputeSla(CommandId id, CaseId caseId, long expectedVersion, Actor actor) {
        Checks.notNull(id, "id");
        Checks.notNull(caseId, "caseId");
        Checks.notNull(actor, "actor");
        Optional<FeedbackCase> c = load(caseId);
        if (id.isAlert()) {
            return reject(caseId, CommandResult.Reason.INVALID, c, CaseEventType.SET_SLA_TARGETS,
                    "command ids starting with '" + SYSTEM_PREFIX + "' are reserved for the engine, but got " + id);
        }
        if (c.isEmpty()) {
            return reject(caseId, CommandResult.Reason.UNKNOWN_CASE, c, CaseEventType.SET_SLA_TARGETS,
                    "case " + caseId + " does not exist");
        }
        return run(id, caseId, expectedVersion, actor,
                targetsFor(c.get().slaContext(), CaseChange.SlaTargetsSet.Reason.RECOMPUTED), null, c.get(),
                UnitOfWork.NONE);
    }

    /**
     * Explains the SLA clock of a target of a case now ({@code clock.instant()}, or the case's
     * last instant if the clock has gone back): {@link FeedbackLifecycle#explain}, with where the
     * target came from in this service's policy — the first rule that matches the case and gives
     * the target its working time, or the policy's default — when the policy still gives it.
     *
     * @param caseId the case, not null
     * @param target the target, not null
     * @return the explanation, or empty when the case does not exist or its current cycle has no
     *     clock of the target
     */
    public Optional<SlaExplanation> explainSla(CaseId caseId, SlaTarget target) {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(target, "target");
        Optional<FeedbackCase> c = load(caseId);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant at = now.isBefore(c.get().updatedAt()) ? c.get().updatedAt() : now;
        return lifecycle.explain(store.history(caseId), target, at)
                .map(e -> ruleOf(c.get(), e).map(e::withRule).orElse(e));
    }

    /** Where the policy gives the case the explained target's working time, if it still does. */
    private Optional<String> ruleOf(FeedbackCase c, SlaExplanation e) {
        SlaContext ctx = c.slaContext();
        List<SlaRule> rules = policy.rules();
        for (int i = 0; i < rules.size(); i++) {
            SlaRule r = rules.get(i);
            Duration d = r.targets().get(e.target());
            if (d != null && r.matches(ctx)) {
                return d.equals(e.targetDuration()) ? Optional.of("rule " + (i + 1) + " of policy '" + policy.name()
                        + "'" + conditions(r)) : Optional.empty();
            }
        }
        Duration d = policy.defaults().get(e.target());
        return d != null && d.equals(e.targetDuration())
                ? Optional.of("the default of policy '" + policy.name() + "'") : Optional.empty();
    }

    /** A rule's conditions as codes, e.g. {@code " (priority=HIGH, channel=email)"}; empty for none. */
    private static String conditions(SlaRule r) {
        List<String> c = new java.util.ArrayList<>();
        r.priority().ifPresent(v -> c.add("priority=" + v));
        r.severity().ifPresent(v -> c.add("severity=" + v));
        r.channel().ifPresent(v -> c.add("channel=" + v));
        r.category().ifPresent(v -> c.add("category=" + v));
        r.segment().ifPresent(v -> c.add("segment=" + v));
        return c.isEmpty() ? "" : " (" + String.join(", ", c) + ")";
    }

    /**
     * Records the SLA warnings and breaches due now ({@code clock.instant()}) on any case of the
     * store, as {@link CaseChange.SlaWarningReached} and {@link CaseChange.SlaBreached} events by
     * {@link Actor#SLA_MONITOR}, each followed by the escalation the {@link EscalationPolicy}
     * decides. The store's due index says which cases are due; this instance claims each case for
     * the builder's {@linkplain Builder#claimLease lease} before recording, so that engine
     * instances sharing the store do not contend, and a case claimed by an instance that died is
     * due again when the lease ends. Each alert is its own command with an id derived from the
     * alert, so whatever races remain record every alert once.
     *
     * @param limit the most alerts to record in this call, at least 1
     * @return the results, one per alert handled; an alert that a concurrent command made moot is
     *     rejected and leaves no trace
     */
    public List<CommandResult> processDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        Instant now = clock.instant();
        List<CommandResult> results = new ArrayList<>();
        for (DueCase due : store.due(now, limit)) {
            if (results.size() >= limit) {
                break;
            }
            if (!store.claim(due.caseId(), due.version(), now, now.plus(claimLease))) {
                continue;
            }
            Optional<FeedbackCase> loaded = load(due.caseId());
            if (loaded.isEmpty()) {
                continue;
            }
            FeedbackCase current = loaded.get();
            boolean appended = false;
            for (SlaAlert alert : lifecycle.dueAlerts(current, now)) {
                if (results.size() >= limit) {
                    break;
                }
                CommandResult r = recordAlert(alert, current);
                results.add(r);
                if (r instanceof CommandResult.Accepted a) {
                    appended |= !a.retry();
                    current = a.current();
                }
            }
            if (!appended) {
                store.release(current.id(), current.version(),
                        lifecycle.nextSlaAlert(current, clock.instant()).map(CaseSummary::dueInstant));
            }
        }
        return results;
    }

    private Optional<FeedbackCase> load(CaseId id) {
        return Optional.ofNullable(loadOrNull(id));
    }

    /** A case read as null when it does not exist, as the rejections take it. */
    private static Optional<FeedbackCase> found(FeedbackCase c) {
        return Optional.ofNullable(c);
    }

    /** The case as stored now, or null when it does not exist: for the command path, which wraps it only to reject. */
    private FeedbackCase loadOrNull(CaseId id) {
        Optional<StoredCase> stored = store.load(id);
        if (stored.isEmpty()) {
            return null;
        }
        StoredCase s = stored.get();
        if (s.snapshot().isPresent() && s.snapshot().get().isCurrentSchema()) {
            return lifecycle.replay(s.snapshot().get(), s.events());
        }
        return lifecycle.replay(s.snapshot().isEmpty() ? s.events() : store.history(id));
    }

    private CommandResult recordAlert(SlaAlert alert, FeedbackCase read) {
        CommandId id = CommandId.of(SYSTEM_PREFIX + alert.cycle() + ":" + alert.target() + ":"
                + (alert.kind() == SlaAlert.Kind.BREACH ? "breach" : "warning-" + alert.warning().getAsInt()) + ":"
                + alert.at().toEpochMilli());
        CaseChange change = alert.kind() == SlaAlert.Kind.BREACH
                ? new CaseChange.SlaBreached(alert.target())
                : new CaseChange.SlaWarningReached(alert.target(), alert.warning().getAsInt());
        Optional<FeedbackCase> c = Optional.of(read);
        CommandResult r = null;
        for (int attempt = 0; attempt < ALERT_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                c = load(alert.caseId());
            }
            if (c.isEmpty()) {
                return reject(alert.caseId(), CommandResult.Reason.UNKNOWN_CASE, c, change.type(),
                        "case " + alert.caseId() + " does not exist");
            }
            r = run(id, alert.caseId(), c.get().version(), Actor.SLA_MONITOR, change, alert, c.get(), UnitOfWork.NONE);
            if (!(r instanceof CommandResult.Rejected rej) || rej.reason() != CommandResult.Reason.STALE_VERSION) {
                break;
            }
        }
        if (r instanceof CommandResult.Accepted a && !a.retry() && alert.kind() == SlaAlert.Kind.BREACH) {
            LOG.warn("SLA breached: case {} target {} cycle {}", alert.caseId(), alert.target(), alert.cycle());
        }
        return r;
    }

    /**
     * Decides, folds and appends one command on the case as read ({@code stored}, null when it
     * does not exist); {@code alert} is the SLA alert it records, if any.
     */
    private CommandResult run(CommandId id, CaseId caseId, long expectedVersion, Actor actor, CaseChange change,
            SlaAlert alert, FeedbackCase stored, UnitOfWork work) {
        CaseEventType type = change.type();
        // at most three events (the change, the targets it implies, an escalation): kept in locals
        // and made into one immutable list, with no list to grow and copy
        CaseEvent e1;
        CaseEvent e2 = null;
        CaseEvent e3 = null;
        FeedbackCase current;
        if (type == CaseEventType.RECEIVE) {
            if (stored != null) {
                return refuse(found(stored), id, change, reject(caseId, CommandResult.Reason.CASE_EXISTS,
                        found(stored), type,
                        "case " + caseId + " already exists (state " + stored.state() + ")"));
            }
            if (expectedVersion != 0) {
                return reject(caseId, CommandResult.Reason.STALE_VERSION, found(stored), type, "case " + caseId
                        + " does not exist yet, so a command opening it must expect version 0, but expected "
                        + expectedVersion);
            }
            CaseChange.Received received = withStage((CaseChange.Received) change);
            Instant now = clock.instant();
            Feedback f = received.feedback();
            if (now.isBefore(f.receivedAt())) {
                return reject(caseId, CommandResult.Reason.INVALID, found(stored), type, "case " + caseId
                        + ": feedback receivedAt " + f.receivedAt() + " must not be after the present instant " + now);
            }
            CaseEvent first = CaseEvent.of(caseId, 1, id, actor, now, received);
            current = lifecycle.open(first);
            e1 = first;
        } else {
            if (stored == null) {
                return reject(caseId, CommandResult.Reason.UNKNOWN_CASE, found(stored), type,
                        "case " + caseId + " does not exist; " + type + " needs an existing case");
            }
            current = stored;
            if (current.version() != expectedVersion) {
                return refuse(found(stored), id, change, stale(current, expectedVersion, type));
            }
            Instant now = clock.instant();
            if (now.isBefore(current.updatedAt())) {
                now = current.updatedAt();
            }
            CaseChange implied = implied(current, change);
            e1 = CaseEvent.of(caseId, current.version() + 1, id, actor, now, change);
            Outcome<CaseState, CaseEventType> o = lifecycle.decide(current, e1);
            if (!(o instanceof Transition<CaseState, CaseEventType> t)) {
                return refuse(found(stored), id, change, refusal(current, (Rejection<CaseState, CaseEventType>) o));
            }
            current = lifecycle.evolve(current, e1, t);
            if (implied != null) {
                e2 = CaseEvent.of(caseId, current.version() + 1, id, actor, now, implied);
                Outcome<CaseState, CaseEventType> o2 = lifecycle.decide(current, e2);
                if (!(o2 instanceof Transition<CaseState, CaseEventType> t2)) {
                    return refuse(found(stored), id, change,
                            refusal(current, (Rejection<CaseState, CaseEventType>) o2));
                }
                current = lifecycle.evolve(current, e2, t2);
            }
            if (alert != null) {
                Optional<CaseChange.Escalated> up = escalation.escalate(current, alert);
                if (up.isPresent()) {
                    CaseEvent esc = CaseEvent.of(caseId, current.version() + 1, id, actor, now, up.get());
                    if (lifecycle.decide(current, esc) instanceof Transition<CaseState, CaseEventType> et) {
                        current = lifecycle.evolve(current, esc, et);
                        if (e2 == null) {
                            e2 = esc;
                        } else {
                            e3 = esc;
                        }
                    }
                }
            }
        }
        List<CaseEvent> recorded = e2 == null ? List.of(e1) : e3 == null ? List.of(e1, e2) : List.of(e1, e2, e3);
        AppendResult result = store.append(new Append(caseId, expectedVersion, recorded,
                Optional.of(CaseSnapshot.of(current)), CaseSummary.of(current), work));
        if (result instanceof AppendResult.Appended) {
            applied(current, recorded);
            return new CommandResult.Accepted(current, recorded, false);
        }
        Optional<FeedbackCase> now = load(caseId);
        if (result instanceof AppendResult.Duplicate d) {
            return retry(now.orElseThrow(), d.earlier(), id, change);
        }
        AppendResult.Conflict conflict = (AppendResult.Conflict) result;
        Optional<List<CaseEvent>> earlier = now.isPresent() ? store.eventsOf(caseId, id) : Optional.empty();
        if (earlier.isPresent()) {
            return retry(now.get(), earlier.get(), id, change);
        }
        if (type == CaseEventType.RECEIVE) {
            return reject(caseId, CommandResult.Reason.CASE_EXISTS, now, type, "case " + caseId + " already exists");
        }
        return reject(caseId, CommandResult.Reason.STALE_VERSION, now, type, "case " + caseId + " in state "
                + now.map(FeedbackCase::state).map(String::valueOf).orElse("-") + " is at version "
                + conflict.actual() + ", but the " + type + " command expected version " + conflict.expected());
    }

    /**
     * A command that cannot be applied may be the retry of one that was: answer a retry from the
     * history, anything else with the rejection. Checked only here, so that the common path costs
     * no search of the history; {@link CaseStore#append} catches a retry on that path.
     */
    private CommandResult refuse(Optional<FeedbackCase> stored, CommandId id, CaseChange change,
            CommandResult rejection) {
        if (stored.isPresent()) {
            Optional<List<CaseEvent>> earlier = store.eventsOf(stored.get().id(), id);
            if (earlier.isPresent()) {
                return retry(stored.get(), earlier.get(), id, change);
            }
        }
        return rejection;
    }

    /**
     * What the engine derives from the caller's change and records after it, or null for nothing:
     * the targets the policy gives the case after every change of what its rules read
     * (registration, priority, category, severity, segment, the customer's zone), with that change
     * as the reason.
     */
    private CaseChange implied(FeedbackCase current, CaseChange change) {
        if (change instanceof CaseChange.Registered r) {
            // the common case: looked up by what the rules read, with no context made unless new
            Feedback f = current.feedback();
            return targetsFor(new TargetsKey(r.priority(), r.severity(), f.channel(), r.category(),
                    r.segment().orElse(null), f.zone().orElse(null), CaseChange.SlaTargetsSet.Reason.REGISTERED));
        }
        if (change instanceof CaseChange.PriorityChanged p) {
            SlaContext ctx = current.slaContext();
            return targetsFor(new SlaContext(Optional.of(p.priority()), ctx.severity(), ctx.channel(),
                    ctx.category(), ctx.segment(), ctx.zone()), CaseChange.SlaTargetsSet.Reason.PRIORITY_CHANGED);
        }
        if (change instanceof CaseChange.Reclassified r) {
            SlaContext ctx = current.slaContext();
            return targetsFor(new SlaContext(ctx.priority(), r.severity().or(ctx::severity),
                    ctx.channel(), r.category().or(ctx::category), r.segment().or(ctx::segment),
                    r.zone().or(ctx::zone)),
                    CaseChange.SlaTargetsSet.Reason.RECLASSIFIED);
        }
        return null;
    }

    /**
     * The targets the policy gives a case: every target any rule or default names that applies,
     * with the calendars, pause conditions and zones the policy names for them.
     */
    private CaseChange.SlaTargetsSet targetsFor(SlaContext context, CaseChange.SlaTargetsSet.Reason reason) {
        return targetsFor(new TargetsKey(context.priority().orElse(null), context.severity().orElse(null),
                context.channel().orElse(null), context.category().orElse(null), context.segment().orElse(null),
                context.zone().orElse(null), reason));
    }

    private CaseChange.SlaTargetsSet targetsFor(TargetsKey key) {
        CaseChange.SlaTargetsSet known = targets.get(key);
        if (known != null) {
            return known;
        }
        CaseChange.SlaTargetsSet made = CaseChange.SlaTargetsSet.from(policy, key.context(), key.reason());
        if (targets.size() < MAX_TARGETS) {
            known = targets.putIfAbsent(key, made);
        }
        return known != null ? known : made;
    }

    /**
     * What the targets the policy gives a case depend on, besides the policy: the context's
     * parts, each null when absent, so that a look-up that finds them makes no context.
     */
    private record TargetsKey(Priority priority, Severity severity, Channel channel, FeedbackCategory category,
            CustomerSegment segment, ZoneId zone, CaseChange.SlaTargetsSet.Reason reason) {

        SlaContext context() {
            return new SlaContext(Optional.ofNullable(priority), Optional.ofNullable(severity),
                    Optional.ofNullable(channel), Optional.ofNullable(category), Optional.ofNullable(segment),
                    Optional.ofNullable(zone));
        }
    }

    private CaseChange.Received withStage(CaseChange.Received r) {
        if (r.stage().isPresent() || process == null || r.feedback().touchpoint().isEmpty()) {
            return r;
        }
        return process.touchpoint(r.feedback().touchpoint().get())
                .map(tp -> new CaseChange.Received(r.feedback(), Optional.of(tp.stage())))
                .orElse(r);
    }

    private void applied(FeedbackCase current, List<CaseEvent> events) {
        if (LOG.isDebugEnabled()) {
            for (CaseEvent e : events) {
                LOG.debug("case {} v{} {} -> {}", current.id(), e.sequence(), e.type(), current.state());
            }
        }
        if (knowledgeBase != null) {
            for (CaseEvent e : events) {
                if (e.change() instanceof CaseChange.KnowledgeCaptured k) {
                    try {
                        knowledgeBase.add(new KnowledgeEntry(current.id(), current.category(),
                                current.feedback().touchpoint(), k.problem(), k.rootCause(), k.fix(), e.at()));
                    } catch (RuntimeException ex) {
                        LOG.warn("Knowledge base failed to add the entry of case {}: {}", current.id(),
                                ex.getClass().getName());
                    }
                }
            }
        }
        for (CaseListener l : listeners) {
            try {
                l.onApplied(current, events);
            } catch (RuntimeException ex) {
                LOG.warn("Case listener failed on case {}: {}", current.id(), ex.getClass().getName());
            }
        }
    }

    private static CommandResult retry(FeedbackCase current, List<CaseEvent> earlier, CommandId id, CaseChange change) {
        if (!sameChange(earlier.get(0).change(), change)) {
            return reject(current.id(), CommandResult.Reason.COMMAND_ID_REUSED, Optional.of(current), change.type(),
                    "case " + current.id() + " already recorded command " + id + " with a different change ("
                            + earlier.get(0).type() + ")");
        }
        return new CommandResult.Accepted(current, earlier, true);
    }

    /**
     * Whether a recorded change is the one a retry asks for. An opening asked without a stage is
     * recorded with the stage the service process gave it, so the stage is compared only when
     * the retry names one.
     */
    private static boolean sameChange(CaseChange recorded, CaseChange asked) {
        if (recorded instanceof CaseChange.Received r && asked instanceof CaseChange.Received a
                && a.stage().isEmpty()) {
            return r.feedback().equals(a.feedback());
        }
        return recorded.equals(asked);
    }

    private static CommandResult stale(FeedbackCase current, long expected, CaseEventType type) {
        return reject(current.id(), CommandResult.Reason.STALE_VERSION, Optional.of(current), type,
                "case " + current.id() + " in state " + current.state() + " is at version " + current.version()
                        + ", but the " + type + " command expected version " + expected);
    }

    private static CommandResult refusal(FeedbackCase current, Rejection<CaseState, CaseEventType> r) {
        CommandResult.Reason reason = r.kind() == RejectionKind.NO_TRANSITION
                ? CommandResult.Reason.NOT_ALLOWED : CommandResult.Reason.GUARD_REFUSED;
        return reject(current.id(), reason, Optional.of(current), r.event(), "case " + current.id() + ": " + r.message());
    }

    private static CommandResult reject(CaseId id, CommandResult.Reason reason, Optional<FeedbackCase> current,
            CaseEventType type, String message) {
        return new CommandResult.Rejected(id, reason, current.map(FeedbackCase::state), type, message);
    }

    @Override
    public String toString() {
        return "CaseService[lifecycle=" + lifecycle + ", policy=" + policy.name() + ", store=" + store + "]";
    }

    /** Builds a {@link CaseService}. Not thread-safe; the built service is. */
    public static final class Builder {
        private final FeedbackLifecycle lifecycle;
        private final SlaPolicy policy;
        private final Clock clock;
        private CaseStore store;
        private Duration claimLease = Duration.ofMinutes(1);
        private EscalationPolicy escalation = EscalationPolicy.none();
        private KnowledgeBase knowledgeBase;
        private ServiceProcess process;
        private final List<CaseListener> listeners = new ArrayList<>();

        private Builder(FeedbackLifecycle lifecycle, SlaPolicy policy, Clock clock) {
            this.lifecycle = lifecycle;
            this.policy = policy;
            this.clock = clock;
        }

        /**
         * Where cases are kept. Several services, in one process or many, may share one store:
         * they see the same cases and the same due alerts. Default: a new
         * {@link InMemoryCaseStore} for each service built.
         *
         * @param value the store, not null
         * @return this builder
         */
        public Builder store(CaseStore value) {
            this.store = Checks.notNull(value, "store");
            return this;
        }

        /**
         * How long a claim on a case's due alerts lasts ({@link CaseService#processDue}): if the
         * instance holding it dies, another records the alerts once the lease has ended. Make it
         * longer than recording one case's alerts takes (default: one minute).
         *
         * @param value the lease, positive
         * @return this builder
         */
        public Builder claimLease(Duration value) {
            this.claimLease = Checks.positive(value, "claimLease");
            return this;
        }

        /**
         * What SLA alerts escalate (default: nothing).
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder escalation(EscalationPolicy value) {
            this.escalation = Checks.notNull(value, "escalation");
            return this;
        }

        /**
         * Where captured knowledge goes (default: nowhere; the history still keeps it).
         *
         * @param value the knowledge base, not null
         * @return this builder
         */
        public Builder knowledgeBase(KnowledgeBase value) {
            this.knowledgeBase = Checks.notNull(value, "knowledgeBase");
            return this;
        }

        /**
         * The service process, so that a case opened without a stage gets the stage of its
         * feedback's touchpoint.
         *
         * @param value the process, not null
         * @return this builder
         */
        public Builder process(ServiceProcess value) {
            this.process = Checks.notNull(value, "process");
            return this;
        }

        /**
         * Adds a listener told of every applied command.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder listener(CaseListener value) {
            listeners.add(Checks.notNull(value, "listener"));
            return this;
        }

        /**
         * Builds the service. Building again gives another service with the same settings; unless
         * a {@linkplain #store store} was set, each gets a store of its own.
         *
         * @return the service
         * @throws IllegalArgumentException when the policy names a calendar the lifecycle does not
         *     have, or a pause condition the lifecycle does not know
         */
        public CaseService build() {
            policy.calendars().forEach((target, name) -> {
                if (lifecycle.calendarNamed(name).isEmpty()) {
                    throw new IllegalArgumentException("policy '" + policy.name() + "': calendars[" + target
                            + "] must name a calendar of the lifecycle, but was " + name);
                }
            });
            policy.pauseOn().forEach((target, conditions) -> conditions.forEach(c ->
                    CaseChange.SlaTargetsSet.checkKnown(c, "policy '" + policy.name() + "': pauseOn[" + target + "]")));
            return new CaseService(this, store != null ? store : new InMemoryCaseStore());
        }
    }
}

package org.qualityloop.workflow.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;

/**
 * A {@link FeedbackCase} as a store keeps it, so that reading a case costs one snapshot and the
 * events after it instead of a replay of its whole history. Its fields are the case's own public
 * read-outs — nothing derived, nothing private — and {@link #SCHEMA_VERSION} numbers their set:
 * a store writes {@link #schema()} with every snapshot, and the engine uses a snapshot only when
 * its schema is the one it knows, rebuilding the case from its events otherwise, so an old
 * snapshot is never misread. docs/workflow.md lists the fields of each schema.
 *
 * <p>Made by {@link #of(FeedbackCase)} (what the engine offers a store on every append) or, when
 * reading one back from storage, by {@link #builder}, which validates every field; turned back
 * into a case by {@link FeedbackLifecycle#restore(CaseSnapshot)}. The outcome of a closed case is
 * not stored: the lifecycle derives it from the fields, as the closing event did.
 *
 * <p>Immutable and thread-safe. Equality covers every field. {@link #toString()} shows identity
 * and place only: the feedback inside is personal data.
 *
 * <p>Longer than our usual 400 lines because it is a documented serialized form: one accessor and
 * one builder setter per field, each with its Javadoc, and the builder's cross-field checks.
 */
public final class CaseSnapshot {

    /** The schema of the snapshots this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * One SLA clock of the current cycle, with what the SLA monitor recorded about it.
     *
     * @param clock the clock, not null
     * @param warningsRecorded the indexes (into the targets' warnings) of the warnings recorded as
     *     reached, each from 0 to 30
     * @param breachRecorded whether its breach was recorded
     */
    public record ClockState(SlaClock clock, Set<Integer> warningsRecorded, boolean breachRecorded) {
        /**
         * Validates and copies.
         *
         * @param clock the clock, not null
         * @param warningsRecorded the indexes (into the targets' warnings) of the warnings recorded as reached, each from 0 to 30
         * @param breachRecorded whether its breach was recorded
         * @throws IllegalArgumentException when a warning index is outside 0 to 30
         */
        public ClockState {
            Checks.notNull(clock, "clock");
            Set<Integer> sorted = new TreeSet<>();
            for (Integer i : Checks.notNull(warningsRecorded, "warningsRecorded")) {
                sorted.add(Checks.between(Checks.notNull(i, "warningsRecorded[]"), 0, 30, "warningsRecorded[]"));
            }
            warningsRecorded = java.util.Collections.unmodifiableSet(sorted);
        }

        static ClockState of(Slot s) {
            Set<Integer> w = new TreeSet<>();
            for (int i = 0; i < 31; i++) {
                if (s.warningRecorded(i)) {
                    w.add(i);
                }
            }
            return new ClockState(s.clock, w, s.breachRecorded);
        }

        Slot toSlot(BusinessCalendar calendar) {
            int bits = 0;
            for (int i : warningsRecorded) {
                bits |= 1 << i;
            }
            return new Slot(clock, calendar, bits, breachRecorded);
        }
    }

    private final int schema;
    /**
     * The case this snapshot was taken of, or null when it was built field by field. A snapshot
     * taken of a case holds nothing else (its fields are read from the case's immutable parts),
     * so that taking one on every append costs one small object; restoring it on the same
     * calendar is free. Not part of equality.
     */
    private final FeedbackCase source;
    /** The fields of a snapshot built field by field; null when taken of a case. */
    private final Fields fields;
    /** Made from the source's slots on first use when taken of a case (a race makes an equal list). */
    private List<ClockState> clocks;

    /** The fields of a snapshot built field by field (or one with other feedback). Immutable. */
    private static final class Fields {
        final CaseId id;
        final long version;
        final Instant updatedAt;
        final CaseState state;
        final int cycle;
        final Feedback feedback;
        final Classification classification;
        final Ownership ownership;
        final Timeline timeline;
        final Handling handling;
        final CaseChange.SlaTargetsSet targets;
        final List<SlaResult> pastClocks;
        final List<SlaPause> slaPauses;
        final Instant slaPausedSince;

        Fields(CaseId id, long version, Instant updatedAt, CaseState state, int cycle, Feedback feedback,
                Classification classification, Ownership ownership, Timeline timeline, Handling handling,
                CaseChange.SlaTargetsSet targets, List<SlaResult> pastClocks, List<SlaPause> slaPauses,
                Instant slaPausedSince) {
            this.id = id;
            this.version = version;
            this.updatedAt = updatedAt;
            this.state = state;
            this.cycle = cycle;
            this.feedback = feedback;
            this.classification = classification;
            this.ownership = ownership;
            this.timeline = timeline;
            this.handling = handling;
            this.targets = targets;
            this.pastClocks = pastClocks;
            this.slaPauses = slaPauses;
            this.slaPausedSince = slaPausedSince;
        }
    }

    private CaseSnapshot(int schema, Fields fields, List<ClockState> clocks) {
        this.schema = schema;
        this.source = null;
        this.fields = fields;
        this.clocks = clocks;
    }

    private CaseSnapshot(FeedbackCase source) {
        this.schema = SCHEMA_VERSION;
        this.source = source;
        this.fields = null;
    }

    /**
     * The snapshot of a case, in the current schema. Costs a few small objects: the case's parts
     * are immutable and shared.
     *
     * @param current the case, not null
     * @return its snapshot
     */
    public static CaseSnapshot of(FeedbackCase current) {
        Checks.notNull(current, "current");
        return new CaseSnapshot(current);
    }

    private static List<ClockState> clocksOf(FeedbackCase c) {
        Slot[] slots = c.slaClocks().slots();
        if (slots.length == 0) {
            return List.of();
        }
        ClockState[] states = new ClockState[slots.length];
        for (int i = 0; i < slots.length; i++) {
            states[i] = ClockState.of(slots[i]);
        }
        return List.of(states);
    }

    /**
     * Starts a snapshot read back from storage; {@link Builder#build()} validates it. A snapshot
     * of another schema than {@link #SCHEMA_VERSION} (written by an older or, during a rolling
     * upgrade, a newer release) may be built to carry what was read, but is never restored: the
     * engine rebuilds such a case from its events.
     *
     * @param schema the schema it was written in, from 1
     * @param id the case, not null
     * @param version the case's version, from 1
     * @param updatedAt the instant of its last event, not null
     * @param state its state, not null
     * @param cycle its cycle, from 1
     * @param feedback the feedback it was opened for, not null
     * @return a builder; the other fields default to those of a case just received
     */
    public static Builder builder(int schema, CaseId id, long version, Instant updatedAt, CaseState state, int cycle,
            Feedback feedback) {
        return new Builder(schema, id, version, updatedAt, state, cycle, feedback);
    }

    /**
     * Builds the snapshot a builder holds: {@code builder.build()}, as a factory for readers that
     * bind a builder and then need the snapshot (the JSON mapping of {@code quality-jackson}).
     *
     * @param builder the builder, not null
     * @return the snapshot, validated by {@link Builder#build()}
     * @throws IllegalArgumentException as {@link Builder#build()} does
     */
    public static CaseSnapshot from(Builder builder) {
        return Checks.notNull(builder, "builder").build();
    }

    /**
     * Returns a copy holding another form of the same feedback: one that differs only in personal
     * data (the customer's name, phone and e-mail, the text) and in which of it reads as erased,
     * as {@link Feedback#erased()} tells. For stores that keep personal data apart from their
     * snapshots ({@code org.qualityloop.workflow.store.PersonalData}); a snapshot so copied still
     * restores without a replay.
     *
     * @param other the feedback, not null; equal to this snapshot's once both are erased
     * @return the copy; this snapshot when the feedback is equal
     * @throws IllegalArgumentException when the feedback differs in anything but personal data
     */
    public CaseSnapshot withFeedback(Feedback other) {
        Checks.notNull(other, "other");
        Feedback feedback = feedback();
        if (other.equals(feedback)) {
            return this;
        }
        if (!other.erased().equals(feedback.erased())) {
            throw new IllegalArgumentException("other must differ from the snapshot's feedback " + feedback.id()
                    + " only in personal data, but was " + other);
        }
        if (source != null) {
            return new CaseSnapshot(source.withFeedback(other));
        }
        Fields f = fields;
        return new CaseSnapshot(schema, new Fields(f.id, f.version, f.updatedAt, f.state, f.cycle, other,
                f.classification, f.ownership, f.timeline, f.handling, f.targets, f.pastClocks, f.slaPauses,
                f.slaPausedSince), clocks);
    }

    /**
     * Whether the engine can use this snapshot: it was written in {@link #SCHEMA_VERSION}.
     *
     * @return true when current
     */
    public boolean isCurrentSchema() {
        return schema == SCHEMA_VERSION;
    }

    FeedbackCase source() {
        return source;
    }

    Classification classification() {
        return source != null ? source.classification() : fields.classification;
    }

    Ownership ownership() {
        return source != null ? source.ownership() : fields.ownership;
    }

    Timeline timeline() {
        return source != null ? source.timeline() : fields.timeline;
    }

    Handling handling() {
        return source != null ? source.handling() : fields.handling;
    }

    CaseChange.SlaTargetsSet targetsOrNull() {
        return source != null ? source.slaClocks().targetsOrNull() : fields.targets;
    }

    /** When the current wait on the customer began, or null. */
    private Instant pausedSinceOrNull() {
        return source != null ? source.slaClocks().awaitingSince() : fields.slaPausedSince;
    }

    // ------------------------------------------------------------------ the fields

    /**
     * Returns the schema the snapshot is written in.
     *
     * @return the schema the snapshot is written in
     */
    public int schema() {
        return schema;
    }

    /**
     * Returns {@link FeedbackCase#id()}.
     *
     * @return {@link FeedbackCase#id()}
     */
    public CaseId id() {
        return source != null ? source.id() : fields.id;
    }

    /**
     * Returns {@link FeedbackCase#version()}: the sequence of the last event folded in.
     *
     * @return {@link FeedbackCase#version()}: the sequence of the last event folded in
     */
    public long version() {
        return source != null ? source.version() : fields.version;
    }

    /**
     * Returns {@link FeedbackCase#updatedAt()}.
     *
     * @return {@link FeedbackCase#updatedAt()}
     */
    public Instant updatedAt() {
        return source != null ? source.updatedAt() : fields.updatedAt;
    }

    /**
     * Returns {@link FeedbackCase#state()}.
     *
     * @return {@link FeedbackCase#state()}
     */
    public CaseState state() {
        return source != null ? source.state() : fields.state;
    }

    /**
     * Returns {@link FeedbackCase#cycle()}.
     *
     * @return {@link FeedbackCase#cycle()}
     */
    public int cycle() {
        return source != null ? source.cycle() : fields.cycle;
    }

    /**
     * Returns {@link FeedbackCase#feedback()}: personal data.
     *
     * @return {@link FeedbackCase#feedback()}: personal data
     */
    public Feedback feedback() {
        return source != null ? source.feedback() : fields.feedback;
    }

    /**
     * Returns {@link FeedbackCase#stage()}.
     *
     * @return {@link FeedbackCase#stage()}
     */
    public Optional<StageId> stage() {
        return Optional.ofNullable(classification().stage());
    }

    /**
     * Returns {@link FeedbackCase#category()}.
     *
     * @return {@link FeedbackCase#category()}
     */
    public FeedbackCategory category() {
        return classification().category();
    }

    /**
     * Returns {@link FeedbackCase#severity()}.
     *
     * @return {@link FeedbackCase#severity()}
     */
    public Severity severity() {
        return classification().severity();
    }

    /**
     * Returns {@link FeedbackCase#priority()}.
     *
     * @return {@link FeedbackCase#priority()}
     */
    public Optional<Priority> priority() {
        return Optional.ofNullable(classification().priority());
    }

    /**
     * Returns {@link FeedbackCase#segment()}.
     *
     * @return {@link FeedbackCase#segment()}
     */
    public Optional<CustomerSegment> segment() {
        return Optional.ofNullable(classification().segment());
    }

    /**
     * Returns {@link FeedbackCase#owner()}.
     *
     * @return {@link FeedbackCase#owner()}
     */
    public Optional<AgentId> owner() {
        return Optional.ofNullable(ownership().owner());
    }

    /**
     * Returns {@link FeedbackCase#team()}.
     *
     * @return {@link FeedbackCase#team()}
     */
    public Optional<TeamId> team() {
        return Optional.ofNullable(ownership().team());
    }

    /**
     * Returns {@link FeedbackCase#escalationCount()}.
     *
     * @return {@link FeedbackCase#escalationCount()}
     */
    public int escalationCount() {
        return ownership().escalationCount();
    }

    /**
     * Returns {@link FeedbackCase#registeredAt()}.
     *
     * @return {@link FeedbackCase#registeredAt()}
     */
    public Optional<Instant> registeredAt() {
        return Optional.ofNullable(timeline().registeredAt());
    }

    /**
     * Returns {@link FeedbackCase#cycleStartedAt()}.
     *
     * @return {@link FeedbackCase#cycleStartedAt()}
     */
    public Instant cycleStartedAt() {
        return timeline().cycleStartedAt();
    }

    /**
     * Returns {@link FeedbackCase#firstResponseAt()}.
     *
     * @return {@link FeedbackCase#firstResponseAt()}
     */
    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(timeline().firstResponseAt());
    }

    /**
     * Returns {@link FeedbackCase#respondedAt()}.
     *
     * @return {@link FeedbackCase#respondedAt()}
     */
    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(timeline().respondedAt());
    }

    /**
     * Returns {@link FeedbackCase#lastUpdateAt()}.
     *
     * @return {@link FeedbackCase#lastUpdateAt()}
     */
    public Optional<Instant> lastUpdateAt() {
        return Optional.ofNullable(timeline().lastUpdateAt());
    }

    /**
     * Returns {@link FeedbackCase#resolvedAt()}.
     *
     * @return {@link FeedbackCase#resolvedAt()}
     */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(timeline().resolvedAt());
    }

    /**
     * Returns {@link FeedbackCase#closedAt()}.
     *
     * @return {@link FeedbackCase#closedAt()}
     */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(timeline().closedAt());
    }

    /**
     * Returns {@link FeedbackCase#closure()}.
     *
     * @return {@link FeedbackCase#closure()}
     */
    public Optional<Closure> closure() {
        return Optional.ofNullable(timeline().closure());
    }

    /**
     * Returns {@link FeedbackCase#awaitingCustomer()}.
     *
     * @return {@link FeedbackCase#awaitingCustomer()}
     */
    public boolean awaitingCustomer() {
        return handling().awaitingCustomer();
    }

    /**
     * Returns {@link FeedbackCase#failedFollowUps()}.
     *
     * @return {@link FeedbackCase#failedFollowUps()}
     */
    public int failedFollowUps() {
        return handling().failedFollowUps();
    }

    /**
     * Returns {@link FeedbackCase#reopenCount()}.
     *
     * @return {@link FeedbackCase#reopenCount()}
     */
    public int reopenCount() {
        return handling().reopenCount();
    }

    /**
     * Returns {@link FeedbackCase#recoveryActions()}.
     *
     * @return {@link FeedbackCase#recoveryActions()}
     */
    public List<RecoveryAction> recoveryActions() {
        return handling().recoveryActions();
    }

    /**
     * Returns {@link FeedbackCase#failure()}.
     *
     * @return {@link FeedbackCase#failure()}
     */
    public Optional<ServiceFailure> failure() {
        return Optional.ofNullable(handling().failure());
    }

    /**
     * Returns {@link FeedbackCase#satisfaction()}.
     *
     * @return {@link FeedbackCase#satisfaction()}
     */
    public Optional<Integer> satisfaction() {
        return Optional.ofNullable(handling().satisfaction());
    }

    /**
     * Returns {@link FeedbackCase#slaTargets()}.
     *
     * @return {@link FeedbackCase#slaTargets()}
     */
    public Optional<CaseChange.SlaTargetsSet> slaTargets() {
        return Optional.ofNullable(targetsOrNull());
    }

    /**
     * Returns the current cycle's clocks with what was recorded about each, in target order; unmodifiable.
     *
     * @return the current cycle's clocks with what was recorded about each, in target order; unmodifiable
     */
    public List<ClockState> clocks() {
        List<ClockState> c = clocks;
        if (c == null) {
            c = clocksOf(source);
            clocks = c;
        }
        return c;
    }

    /**
     * Returns {@link FeedbackCase#pastClocks()}.
     *
     * @return {@link FeedbackCase#pastClocks()}
     */
    public List<SlaResult> pastClocks() {
        return source != null ? source.pastClocks() : fields.pastClocks;
    }

    /**
     * Returns the finished waits on the customer of the current cycle, in order, which pause the
     * pausable clocks (a clock attached later takes them too); unmodifiable, empty when none.
     *
     * @return the finished waits on the customer of the current cycle
     */
    public List<SlaPause> slaPauses() {
        return source != null ? source.slaClocks().pauses() : fields.slaPauses;
    }

    /**
     * Returns when the current wait on the customer began, which pauses the pausable clocks;
     * empty when the case is not waiting on the customer.
     *
     * @return when the current wait on the customer began, or empty
     */
    public Optional<Instant> slaPausedSince() {
        return Optional.ofNullable(pausedSinceOrNull());
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseSnapshot s && schema == s.schema && version() == s.version() && cycle() == s.cycle()
                && state() == s.state() && id().equals(s.id()) && updatedAt().equals(s.updatedAt())
                && feedback().equals(s.feedback()) && classification().equals(s.classification())
                && ownership().equals(s.ownership()) && timeline().equals(s.timeline())
                && handling().equals(s.handling()) && Objects.equals(targetsOrNull(), s.targetsOrNull())
                && clocks().equals(s.clocks()) && pastClocks().equals(s.pastClocks())
                && slaPauses().equals(s.slaPauses()) && Objects.equals(pausedSinceOrNull(), s.pausedSinceOrNull());
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, id(), version(), state(), cycle());
    }

    /** Returns the schema, identity and place; never personal data. */
    @Override
    public String toString() {
        return "CaseSnapshot[schema=" + schema + ", id=" + id() + ", version=" + version() + ", state=" + state()
                + ", cycle=" + cycle() + "]";
    }

    /**
     * Builds a snapshot read back from storage, field by field (the names are those of the
     * accessors). Not thread-safe.
     */
    public static final class Builder {
        private final int schema;
        private final CaseId id;
        private final long version;
        private final Instant updatedAt;
        private final CaseState state;
        private final int cycle;
        private final Feedback feedback;
        private StageId stage;
        private FeedbackCategory category;
        private Severity severity;
        private Priority priority;
        private CustomerSegment segment;
        private AgentId owner;
        private TeamId team;
        private int escalationCount;
        private Instant registeredAt;
        private Instant cycleStartedAt;
        private Instant firstResponseAt;
        private Instant respondedAt;
        private Instant lastUpdateAt;
        private Instant resolvedAt;
        private Instant closedAt;
        private Closure closure;
        private boolean awaitingCustomer;
        private int failedFollowUps;
        private int reopenCount;
        private List<RecoveryAction> recoveryActions = List.of();
        private ServiceFailure failure;
        private Integer satisfaction;
        private CaseChange.SlaTargetsSet targets;
        private List<ClockState> clocks = List.of();
        private List<SlaResult> pastClocks = List.of();
        private List<SlaPause> slaPauses = List.of();
        private Instant slaPausedSince;

        private Builder(int schema, CaseId id, long version, Instant updatedAt, CaseState state, int cycle,
                Feedback feedback) {
            if (schema < 1) {
                throw new IllegalArgumentException("schema must be at least 1, but was " + schema);
            }
            this.schema = schema;
            this.id = Checks.notNull(id, "id");
            this.version = Checks.positive(version, "version");
            this.updatedAt = Checks.notNull(updatedAt, "updatedAt");
            this.state = Checks.notNull(state, "state");
            this.cycle = Checks.between(cycle, 1, Integer.MAX_VALUE, "cycle");
            this.feedback = Checks.notNull(feedback, "feedback");
            this.category = feedback.category();
            this.severity = feedback.severity();
            this.cycleStartedAt = feedback.receivedAt();
        }

        /**
         * Starts a snapshot of the current schema, refusing any other: what a reader that knows
         * only the fields of {@link CaseSnapshot#SCHEMA_VERSION} uses (the JSON mapping of
         * {@code quality-jackson}), so that a snapshot of another schema is refused rather than
         * misread. Otherwise as {@link CaseSnapshot#builder}.
         *
         * @param schema the schema it was written in, which must be {@link CaseSnapshot#SCHEMA_VERSION}
         * @param id the case, not null
         * @param version the case's version, from 1
         * @param updatedAt the instant of its last event, not null
         * @param state its state, not null
         * @param cycle its cycle, from 1
         * @param feedback the feedback it was opened for, not null
         * @return a builder; the other fields default to those of a case just received
         * @throws IllegalArgumentException naming {@code schema} and its value when it is not the
         *     current schema, or as {@link CaseSnapshot#builder} does
         */
        public static Builder ofCurrentSchema(int schema, CaseId id, long version, Instant updatedAt, CaseState state,
                int cycle, Feedback feedback) {
            if (schema != SCHEMA_VERSION) {
                throw new IllegalArgumentException("schema must be " + SCHEMA_VERSION + ", the schema this version"
                        + " of Quality Loop reads, but was " + schema);
            }
            return builder(schema, id, version, updatedAt, state, cycle, feedback);
        }

        /**
         * Sets {@link CaseSnapshot#stage()}.
         *
         * @param value {@link CaseSnapshot#stage()}, not null
         * @return this builder
         */
        public Builder stage(Optional<StageId> value) {
            stage = Checks.notNull(value, "stage").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#category()}.
         *
         * @param value {@link CaseSnapshot#category()}, not null
         * @return this builder
         */
        public Builder category(FeedbackCategory value) {
            category = Checks.notNull(value, "category");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#severity()}.
         *
         * @param value {@link CaseSnapshot#severity()}, not null
         * @return this builder
         */
        public Builder severity(Severity value) {
            severity = Checks.notNull(value, "severity");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#priority()}.
         *
         * @param value {@link CaseSnapshot#priority()}, not null
         * @return this builder
         */
        public Builder priority(Optional<Priority> value) {
            priority = Checks.notNull(value, "priority").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#segment()}.
         *
         * @param value {@link CaseSnapshot#segment()}, not null
         * @return this builder
         */
        public Builder segment(Optional<CustomerSegment> value) {
            segment = Checks.notNull(value, "segment").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#owner()}.
         *
         * @param value {@link CaseSnapshot#owner()}, not null
         * @return this builder
         */
        public Builder owner(Optional<AgentId> value) {
            owner = Checks.notNull(value, "owner").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#team()}.
         *
         * @param value {@link CaseSnapshot#team()}, not null
         * @return this builder
         */
        public Builder team(Optional<TeamId> value) {
            team = Checks.notNull(value, "team").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#escalationCount()}.
         *
         * @param value {@link CaseSnapshot#escalationCount()}, not negative
         * @return this builder
         */
        public Builder escalationCount(int value) {
            escalationCount = Checks.between(value, 0, Integer.MAX_VALUE, "escalationCount");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#registeredAt()}.
         *
         * @param value {@link CaseSnapshot#registeredAt()}, not null
         * @return this builder
         */
        public Builder registeredAt(Optional<Instant> value) {
            registeredAt = Checks.notNull(value, "registeredAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#cycleStartedAt()}.
         *
         * @param value {@link CaseSnapshot#cycleStartedAt()}, not null
         * @return this builder
         */
        public Builder cycleStartedAt(Instant value) {
            cycleStartedAt = Checks.notNull(value, "cycleStartedAt");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#firstResponseAt()}.
         *
         * @param value {@link CaseSnapshot#firstResponseAt()}, not null
         * @return this builder
         */
        public Builder firstResponseAt(Optional<Instant> value) {
            firstResponseAt = Checks.notNull(value, "firstResponseAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#respondedAt()}.
         *
         * @param value {@link CaseSnapshot#respondedAt()}, not null
         * @return this builder
         */
        public Builder respondedAt(Optional<Instant> value) {
            respondedAt = Checks.notNull(value, "respondedAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#lastUpdateAt()}.
         *
         * @param value {@link CaseSnapshot#lastUpdateAt()}, not null
         * @return this builder
         */
        public Builder lastUpdateAt(Optional<Instant> value) {
            lastUpdateAt = Checks.notNull(value, "lastUpdateAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#resolvedAt()}.
         *
         * @param value {@link CaseSnapshot#resolvedAt()}, not null
         * @return this builder
         */
        public Builder resolvedAt(Optional<Instant> value) {
            resolvedAt = Checks.notNull(value, "resolvedAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#closedAt()}.
         *
         * @param value {@link CaseSnapshot#closedAt()}, not null
         * @return this builder
         */
        public Builder closedAt(Optional<Instant> value) {
            closedAt = Checks.notNull(value, "closedAt").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#closure()}.
         *
         * @param value {@link CaseSnapshot#closure()}, not null
         * @return this builder
         */
        public Builder closure(Optional<Closure> value) {
            closure = Checks.notNull(value, "closure").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#awaitingCustomer()}.
         *
         * @param value {@link CaseSnapshot#awaitingCustomer()}
         * @return this builder
         */
        public Builder awaitingCustomer(boolean value) {
            awaitingCustomer = value;
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#failedFollowUps()}.
         *
         * @param value {@link CaseSnapshot#failedFollowUps()}, not negative
         * @return this builder
         */
        public Builder failedFollowUps(int value) {
            failedFollowUps = Checks.between(value, 0, Integer.MAX_VALUE, "failedFollowUps");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#reopenCount()}.
         *
         * @param value {@link CaseSnapshot#reopenCount()}, not negative
         * @return this builder
         */
        public Builder reopenCount(int value) {
            reopenCount = Checks.between(value, 0, Integer.MAX_VALUE, "reopenCount");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#recoveryActions()}.
         *
         * @param value {@link CaseSnapshot#recoveryActions()}, not null
         * @return this builder
         */
        public Builder recoveryActions(List<RecoveryAction> value) {
            recoveryActions = Checks.listCopy(value, "recoveryActions");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#failure()}.
         *
         * @param value {@link CaseSnapshot#failure()}, not null
         * @return this builder
         */
        public Builder failure(Optional<ServiceFailure> value) {
            failure = Checks.notNull(value, "failure").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#satisfaction()}.
         *
         * @param value {@link CaseSnapshot#satisfaction()}, 1 to 5 when present, not null
         * @return this builder
         */
        public Builder satisfaction(Optional<Integer> value) {
            satisfaction = Checks.notNull(value, "satisfaction").map(v -> Checks.between(v, 1, 5, "satisfaction"))
                    .orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#slaTargets()}.
         *
         * @param value {@link CaseSnapshot#slaTargets()}, not null
         * @return this builder
         */
        public Builder slaTargets(Optional<CaseChange.SlaTargetsSet> value) {
            targets = Checks.notNull(value, "slaTargets").orElse(null);
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#clocks()}.
         *
         * @param value {@link CaseSnapshot#clocks()}, not null
         * @return this builder
         */
        public Builder clocks(List<ClockState> value) {
            clocks = Checks.listCopy(value, "clocks");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#pastClocks()}.
         *
         * @param value {@link CaseSnapshot#pastClocks()}, not null
         * @return this builder
         */
        public Builder pastClocks(List<SlaResult> value) {
            pastClocks = Checks.listCopy(value, "pastClocks");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#slaPauses()}.
         *
         * @param value {@link CaseSnapshot#slaPauses()}: ordered, disjoint waits, not null
         * @return this builder
         */
        public Builder slaPauses(List<SlaPause> value) {
            slaPauses = Checks.listCopy(value, "slaPauses");
            return this;
        }

        /**
         * Sets {@link CaseSnapshot#slaPausedSince()}.
         *
         * @param value {@link CaseSnapshot#slaPausedSince()}, not null
         * @return this builder
         */
        public Builder slaPausedSince(Optional<Instant> value) {
            slaPausedSince = Checks.notNull(value, "slaPausedSince").orElse(null);
            return this;
        }

        /**
         * Validates the fields together and builds the snapshot.
         *
         * @return the snapshot
         * @throws IllegalArgumentException naming the field and the rule, e.g. a closed state
         *     without {@code closedAt}, clocks without targets or two clocks of one target
         */
        public CaseSnapshot build() {
            boolean open = state.isOpen();
            if (open == (closedAt != null) || open == (closure != null)) {
                throw new IllegalArgumentException("closedAt and closure must be present exactly when the state is"
                        + " closed or rejected, but state was " + state + " with closedAt " + closedAt
                        + " and closure " + closure);
            }
            if (reopenCount != cycle - 1) {
                throw new IllegalArgumentException("reopenCount must be cycle - 1 = " + (cycle - 1) + ", but was "
                        + reopenCount);
            }
            if (targets == null && !clocks.isEmpty()) {
                throw new IllegalArgumentException("clocks must be empty when no slaTargets are set, but held "
                        + clocks.size());
            }
            Set<SlaTarget> seen = new TreeSet<>();
            for (ClockState c : clocks) {
                if (!seen.add(c.clock().target())) {
                    throw new IllegalArgumentException("clocks must hold one clock per target, but held two of "
                            + c.clock().target());
                }
                if (!targets.targets().containsKey(c.clock().target())) {
                    throw new IllegalArgumentException("clocks must be of targets in slaTargets, but held one of "
                            + c.clock().target());
                }
                for (int w : c.warningsRecorded()) {
                    if (w >= targets.warnings().size()) {
                        throw new IllegalArgumentException("clocks[" + c.clock().target()
                                + "].warningsRecorded must index the " + targets.warnings().size()
                                + " warnings of slaTargets, but held " + w);
                    }
                }
            }
            if (updatedAt.isBefore(feedback.receivedAt())) {
                throw new IllegalArgumentException("updatedAt must not be before the feedback's receivedAt "
                        + feedback.receivedAt() + ", but was " + updatedAt);
            }
            Instant previousEnd = null;
            for (SlaPause p : slaPauses) {
                if (previousEnd != null && p.from().isBefore(previousEnd)) {
                    throw new IllegalArgumentException("slaPauses must be ordered and disjoint, but a pause from "
                            + p.from() + " began before the previous one ended at " + previousEnd);
                }
                previousEnd = p.to();
            }
            if (slaPausedSince != null && previousEnd != null && slaPausedSince.isBefore(previousEnd)) {
                throw new IllegalArgumentException("slaPausedSince must not be before the last pause's end "
                        + previousEnd + ", but was " + slaPausedSince);
            }
            List<ClockState> sorted = new ArrayList<>(clocks);
            sorted.sort(java.util.Comparator.comparing(c -> c.clock().target()));
            return new CaseSnapshot(schema, new Fields(id, version, updatedAt, state, cycle, feedback,
                    new Classification(stage, category, severity, priority, segment),
                    new Ownership(owner, team, escalationCount),
                    new Timeline(registeredAt, cycleStartedAt, firstResponseAt, respondedAt, lastUpdateAt, resolvedAt,
                            closedAt, closure),
                    new Handling(awaitingCustomer, failedFollowUps, reopenCount, recoveryActions, failure,
                            satisfaction),
                    targets, pastClocks, slaPauses, slaPausedSince), List.copyOf(sorted));
        }
    }
}

package org.qualityloop.jackson.mixins;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.SlaExplanation;

/**
 * The JSON mapping of the {@code quality-workflow} types: mix-ins on the case events, their
 * changes and command identifiers, using only the annotations of
 * {@code com.fasterxml.jackson.annotation}. The change records bind through their canonical
 * constructors, which apply every rule. A case snapshot binds its builder (started by
 * {@code CaseSnapshot.Builder.ofCurrentSchema}, which refuses another schema, then filled through
 * its setters) and is built by {@code CaseSnapshot.from}, which validates the fields together.
 */
public final class WorkflowJson {

    private WorkflowJson() {
    }

    /**
     * Registers the mapping: each target type with its mix-in.
     *
     * @param context receives each target type and its mix-in, not null
     */
    public static void setup(BiConsumer<Class<?>, Class<?>> context) {
        context.accept(CommandId.class, ModelJson.ValueMixIn.class);
        context.accept(CaseEvent.class, CaseEventMixIn.class);
        context.accept(CaseChange.class, CaseChangeMixIn.class);
        context.accept(CaseChange.SlaTargetsSet.class, SlaTargetsSetMixIn.class);
        context.accept(CaseChange.Reclassified.class, ReclassifiedMixIn.class);
        context.accept(CaseSnapshot.class, CaseSnapshotMixIn.class);
        context.accept(CaseSnapshot.Builder.class, CaseSnapshotBuilderMixIn.class);
        context.accept(CaseSnapshot.ClockState.class, ClockStateMixIn.class);
        context.accept(SlaExplanation.class, SlaExplanationMixIn.class);
        context.accept(SlaExplanation.Change.class, ExplanationChangeMixIn.class);
    }

    /** {@code {"schema":1,"case":…,"sequence":…,"command":…,"actor":…,"at":…,"change":…}}. */
    @JsonPropertyOrder({"schema", "case", "sequence", "command", "actor", "at", "change"})
    abstract static class CaseEventMixIn {
        @JsonCreator
        CaseEventMixIn(@JsonProperty(value = "schema", required = true) int schema,
                @JsonProperty(value = "case", required = true) CaseId caseId,
                @JsonProperty(value = "sequence", required = true) long sequence,
                @JsonProperty(value = "command", required = true) CommandId commandId,
                @JsonProperty(value = "actor", required = true) Actor actor,
                @JsonProperty(value = "at", required = true) Instant at,
                @JsonProperty(value = "change", required = true) CaseChange change) {
        }

        @JsonProperty("schema")
        abstract int schema();

        @JsonProperty("case")
        abstract CaseId caseId();

        @JsonProperty("sequence")
        abstract long sequence();

        @JsonProperty("command")
        abstract CommandId commandId();

        @JsonProperty("actor")
        abstract Actor actor();

        @JsonProperty("at")
        abstract Instant at();

        @JsonProperty("change")
        abstract CaseChange change();

        @JsonIgnore
        abstract CaseEventType type();
    }

    /** A change names its kind in {@code "type"}, the names of {@code docs/workflow.md}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = CaseChange.Received.class, name = "received"),
        @JsonSubTypes.Type(value = CaseChange.Registered.class, name = "registered"),
        @JsonSubTypes.Type(value = CaseChange.Rejected.class, name = "rejected"),
        @JsonSubTypes.Type(value = CaseChange.Assigned.class, name = "assigned"),
        @JsonSubTypes.Type(value = CaseChange.Escalated.class, name = "escalated"),
        @JsonSubTypes.Type(value = CaseChange.PriorityChanged.class, name = "priority-changed"),
        @JsonSubTypes.Type(value = CaseChange.Reclassified.class, name = "reclassified"),
        @JsonSubTypes.Type(value = CaseChange.Responded.class, name = "responded"),
        @JsonSubTypes.Type(value = CaseChange.CustomerUpdated.class, name = "customer-updated"),
        @JsonSubTypes.Type(value = CaseChange.AwaitingCustomer.class, name = "awaiting-customer"),
        @JsonSubTypes.Type(value = CaseChange.CustomerReplied.class, name = "customer-replied"),
        @JsonSubTypes.Type(value = CaseChange.RectificationStarted.class, name = "rectification-started"),
        @JsonSubTypes.Type(value = CaseChange.RecoveryRecorded.class, name = "recovery-recorded"),
        @JsonSubTypes.Type(value = CaseChange.Resolved.class, name = "resolved"),
        @JsonSubTypes.Type(value = CaseChange.FollowUpStarted.class, name = "follow-up-started"),
        @JsonSubTypes.Type(value = CaseChange.FollowUpFailed.class, name = "follow-up-failed"),
        @JsonSubTypes.Type(value = CaseChange.Confirmed.class, name = "confirmed"),
        @JsonSubTypes.Type(value = CaseChange.Reopened.class, name = "reopened"),
        @JsonSubTypes.Type(value = CaseChange.KnowledgeCaptured.class, name = "knowledge-captured"),
        @JsonSubTypes.Type(value = CaseChange.SlaTargetsSet.class, name = "sla-targets-set"),
        @JsonSubTypes.Type(value = CaseChange.SlaWarningReached.class, name = "sla-warning-reached"),
        @JsonSubTypes.Type(value = CaseChange.SlaBreached.class, name = "sla-breached")
    })
    abstract static class CaseChangeMixIn {
        @JsonIgnore
        abstract CaseEventType type();
    }

    /**
     * Targets written in target order, so the same change always gives the same text. The
     * {@code calendars}, {@code pauseOn}, {@code reason} and {@code zones} added after the first
     * histories are written only when present, and read as none when absent: an event written
     * before them reads and writes back as it was.
     */
    @JsonPropertyOrder({"targets", "warnings", "reopenMode", "calendars", "pauseOn", "reason", "zones"})
    abstract static class SlaTargetsSetMixIn {
        @JsonCreator
        SlaTargetsSetMixIn(@JsonProperty(value = "targets", required = true) Map<SlaTarget, Duration> targets,
                @JsonProperty(value = "warnings", required = true) List<SlaWarning> warnings,
                @JsonProperty(value = "reopenMode", required = true) ReopenMode reopenMode,
                @JsonProperty("calendars") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<SlaTarget, String> calendars,
                @JsonProperty("pauseOn") @JsonSetter(nulls = Nulls.AS_EMPTY)
                Map<SlaTarget, Set<SlaPauseCondition>> pauseOn,
                @JsonProperty("reason") @JsonSetter(nulls = Nulls.AS_EMPTY)
                Optional<CaseChange.SlaTargetsSet.Reason> reason,
                @JsonProperty("zones") @JsonSetter(nulls = Nulls.AS_EMPTY) Map<SlaTarget, ZoneId> zones) {
        }

        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<SlaTarget, Duration> targets();

        @JsonProperty("calendars")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, String> calendars();

        @JsonProperty("pauseOn")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, Set<SlaPauseCondition>> pauseOn();

        @JsonProperty("reason")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<CaseChange.SlaTargetsSet.Reason> reason();

        @JsonProperty("zones")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<SlaTarget, ZoneId> zones();
    }

    /**
     * A reclassification: its category, severity and segment as they always were (absent ones as
     * {@code null}), and the customer's new {@code "zone"} only when it has one, so that a
     * reclassification written before zones reads and writes back as it was.
     */
    abstract static class ReclassifiedMixIn {
        @JsonProperty("zone")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<ZoneId> zone();
    }

    /**
     * A case snapshot: {@code {"schema":1,"id":…,"version":…,"updatedAt":…,"state":…,"cycle":…,
     * "feedback":…,"stage":…,…,"slaPausedSince":…}}, one property per accessor, in the order of
     * {@code docs/json.md}; read through its builder.
     */
    @JsonPropertyOrder({"schema", "id", "version", "updatedAt", "state", "cycle", "feedback", "stage",
        "category", "severity", "priority", "segment", "owner", "team", "escalationCount", "registeredAt",
        "cycleStartedAt", "firstResponseAt", "respondedAt", "lastUpdateAt", "resolvedAt", "closedAt",
        "closure", "awaitingCustomer", "failedFollowUps", "reopenCount", "recoveryActions", "failure",
        "satisfaction", "slaTargets", "clocks", "pastClocks", "slaPauses", "slaPausedSince"})
    abstract static class CaseSnapshotMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static CaseSnapshot from(CaseSnapshot.Builder builder) {
            return CaseSnapshot.from(builder);
        }

        @JsonIgnore
        abstract boolean isCurrentSchema();

        @JsonProperty(value = "schema", access = JsonProperty.Access.READ_ONLY)
        abstract int schema();

        @JsonProperty(value = "id", access = JsonProperty.Access.READ_ONLY)
        abstract CaseId id();

        @JsonProperty(value = "version", access = JsonProperty.Access.READ_ONLY)
        abstract long version();

        @JsonProperty(value = "updatedAt", access = JsonProperty.Access.READ_ONLY)
        abstract Instant updatedAt();

        @JsonProperty(value = "state", access = JsonProperty.Access.READ_ONLY)
        abstract CaseState state();

        @JsonProperty(value = "cycle", access = JsonProperty.Access.READ_ONLY)
        abstract int cycle();

        @JsonProperty(value = "feedback", access = JsonProperty.Access.READ_ONLY)
        abstract Feedback feedback();

        @JsonProperty(value = "stage", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<StageId> stage();

        @JsonProperty(value = "category", access = JsonProperty.Access.READ_ONLY)
        abstract FeedbackCategory category();

        @JsonProperty(value = "severity", access = JsonProperty.Access.READ_ONLY)
        abstract Severity severity();

        @JsonProperty(value = "priority", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Priority> priority();

        @JsonProperty(value = "segment", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<CustomerSegment> segment();

        @JsonProperty(value = "owner", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<AgentId> owner();

        @JsonProperty(value = "team", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<TeamId> team();

        @JsonProperty(value = "escalationCount", access = JsonProperty.Access.READ_ONLY)
        abstract int escalationCount();

        @JsonProperty(value = "registeredAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> registeredAt();

        @JsonProperty(value = "cycleStartedAt", access = JsonProperty.Access.READ_ONLY)
        abstract Instant cycleStartedAt();

        @JsonProperty(value = "firstResponseAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> firstResponseAt();

        @JsonProperty(value = "respondedAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> respondedAt();

        @JsonProperty(value = "lastUpdateAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> lastUpdateAt();

        @JsonProperty(value = "resolvedAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> resolvedAt();

        @JsonProperty(value = "closedAt", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> closedAt();

        @JsonProperty(value = "closure", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Closure> closure();

        @JsonProperty(value = "awaitingCustomer", access = JsonProperty.Access.READ_ONLY)
        abstract boolean awaitingCustomer();

        @JsonProperty(value = "failedFollowUps", access = JsonProperty.Access.READ_ONLY)
        abstract int failedFollowUps();

        @JsonProperty(value = "reopenCount", access = JsonProperty.Access.READ_ONLY)
        abstract int reopenCount();

        @JsonProperty(value = "recoveryActions", access = JsonProperty.Access.READ_ONLY)
        abstract List<RecoveryAction> recoveryActions();

        @JsonProperty(value = "failure", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<ServiceFailure> failure();

        @JsonProperty(value = "satisfaction", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Integer> satisfaction();

        @JsonProperty(value = "slaTargets", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<CaseChange.SlaTargetsSet> slaTargets();

        @JsonProperty(value = "clocks", access = JsonProperty.Access.READ_ONLY)
        abstract List<CaseSnapshot.ClockState> clocks();

        @JsonProperty(value = "pastClocks", access = JsonProperty.Access.READ_ONLY)
        abstract List<SlaResult> pastClocks();

        @JsonProperty(value = "slaPauses", access = JsonProperty.Access.READ_ONLY)
        abstract List<SlaPause> slaPauses();

        @JsonProperty(value = "slaPausedSince", access = JsonProperty.Access.READ_ONLY)
        abstract Optional<Instant> slaPausedSince();

    }

    /**
     * The builder of a case snapshot: started by {@code ofCurrentSchema} with the seven required
     * properties, then each other property through its setter; a property left out keeps the
     * builder's default (that of a case just received).
     */
    abstract static class CaseSnapshotBuilderMixIn {
        @JsonCreator
        static CaseSnapshot.Builder ofCurrentSchema(@JsonProperty(value = "schema", required = true) int schema,
                @JsonProperty(value = "id", required = true) CaseId id,
                @JsonProperty(value = "version", required = true) long version,
                @JsonProperty(value = "updatedAt", required = true) Instant updatedAt,
                @JsonProperty(value = "state", required = true) CaseState state,
                @JsonProperty(value = "cycle", required = true) int cycle,
                @JsonProperty(value = "feedback", required = true) Feedback feedback) {
            return CaseSnapshot.Builder.ofCurrentSchema(schema, id, version, updatedAt, state, cycle, feedback);
        }

        @JsonProperty("stage")
        abstract CaseSnapshot.Builder stage(Optional<StageId> value);

        @JsonProperty("category")
        abstract CaseSnapshot.Builder category(FeedbackCategory value);

        @JsonProperty("severity")
        abstract CaseSnapshot.Builder severity(Severity value);

        @JsonProperty("priority")
        abstract CaseSnapshot.Builder priority(Optional<Priority> value);

        @JsonProperty("segment")
        abstract CaseSnapshot.Builder segment(Optional<CustomerSegment> value);

        @JsonProperty("owner")
        abstract CaseSnapshot.Builder owner(Optional<AgentId> value);

        @JsonProperty("team")
        abstract CaseSnapshot.Builder team(Optional<TeamId> value);

        @JsonProperty("escalationCount")
        abstract CaseSnapshot.Builder escalationCount(int value);

        @JsonProperty("registeredAt")
        abstract CaseSnapshot.Builder registeredAt(Optional<Instant> value);

        @JsonProperty("cycleStartedAt")
        abstract CaseSnapshot.Builder cycleStartedAt(Instant value);

        @JsonProperty("firstResponseAt")
        abstract CaseSnapshot.Builder firstResponseAt(Optional<Instant> value);

        @JsonProperty("respondedAt")
        abstract CaseSnapshot.Builder respondedAt(Optional<Instant> value);

        @JsonProperty("lastUpdateAt")
        abstract CaseSnapshot.Builder lastUpdateAt(Optional<Instant> value);

        @JsonProperty("resolvedAt")
        abstract CaseSnapshot.Builder resolvedAt(Optional<Instant> value);

        @JsonProperty("closedAt")
        abstract CaseSnapshot.Builder closedAt(Optional<Instant> value);

        @JsonProperty("closure")
        abstract CaseSnapshot.Builder closure(Optional<Closure> value);

        @JsonProperty("awaitingCustomer")
        abstract CaseSnapshot.Builder awaitingCustomer(boolean value);

        @JsonProperty("failedFollowUps")
        abstract CaseSnapshot.Builder failedFollowUps(int value);

        @JsonProperty("reopenCount")
        abstract CaseSnapshot.Builder reopenCount(int value);

        @JsonProperty("recoveryActions")
        abstract CaseSnapshot.Builder recoveryActions(List<RecoveryAction> value);

        @JsonProperty("failure")
        abstract CaseSnapshot.Builder failure(Optional<ServiceFailure> value);

        @JsonProperty("satisfaction")
        abstract CaseSnapshot.Builder satisfaction(Optional<Integer> value);

        @JsonProperty("slaTargets")
        abstract CaseSnapshot.Builder slaTargets(Optional<CaseChange.SlaTargetsSet> value);

        @JsonProperty("clocks")
        abstract CaseSnapshot.Builder clocks(List<CaseSnapshot.ClockState> value);

        @JsonProperty("pastClocks")
        abstract CaseSnapshot.Builder pastClocks(List<SlaResult> value);

        @JsonProperty("slaPauses")
        abstract CaseSnapshot.Builder slaPauses(List<SlaPause> value);

        @JsonProperty("slaPausedSince")
        abstract CaseSnapshot.Builder slaPausedSince(Optional<Instant> value);

        @JsonIgnore
        abstract CaseSnapshot build();
    }

    /** {@code {"clock":…,"warningsRecorded":[0],"breachRecorded":false}}, warnings in ascending order. */
    @JsonPropertyOrder({"clock", "warningsRecorded", "breachRecorded"})
    abstract static class ClockStateMixIn {
        @JsonCreator
        ClockStateMixIn(@JsonProperty(value = "clock", required = true) SlaClock clock,
                @JsonProperty(value = "warningsRecorded", required = true) Set<Integer> warningsRecorded,
                @JsonProperty(value = "breachRecorded", required = true) boolean breachRecorded) {
        }

        @JsonProperty("clock")
        abstract SlaClock clock();

        @JsonProperty("warningsRecorded")
        abstract Set<Integer> warningsRecorded();

        @JsonProperty("breachRecorded")
        abstract boolean breachRecorded();
    }

    /**
     * An SLA explanation: one property per component, in their order ({@code "caseId"},
     * {@code "target"}, … {@code "changes"}), absent values as {@code null}, then the
     * {@code "zone"} the calendar is read in only when it is the case's; its text is not written
     * (it is derived), and it reads through its canonical constructor.
     */
    @JsonPropertyOrder({"caseId", "target", "cycle", "at", "status", "targetDuration", "calendar", "rule", "start",
        "deadline", "endedAt", "breachedAt", "elapsed", "counted", "pauses", "pausedSince", "holidays", "changes",
        "zone"})
    abstract static class SlaExplanationMixIn {
        @JsonIgnore
        abstract String text();

        @JsonProperty("zone")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<ZoneId> zone();
    }

    /** A change of an explanation's target: as it always was, then its {@code "zone"} only when it has one. */
    abstract static class ExplanationChangeMixIn {
        @JsonProperty("zone")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<ZoneId> zone();
    }
}

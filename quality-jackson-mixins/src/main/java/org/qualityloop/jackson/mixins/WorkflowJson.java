package org.qualityloop.jackson.mixins;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CommandId;

/**
 * The JSON mapping of the {@code quality-workflow} types: mix-ins on the case events, their
 * changes and command identifiers, using only the annotations of
 * {@code com.fasterxml.jackson.annotation}. The change records bind through their canonical
 * constructors, which apply every rule.
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

    /** Targets written in target order, so the same change always gives the same text. */
    abstract static class SlaTargetsSetMixIn {
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<SlaTarget, Duration> targets();
    }
}

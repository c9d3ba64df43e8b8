package org.qualityloop.model.sla;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.internal.Checks;

/**
 * One rule of an {@link SlaPolicy}: the conditions a case must meet (each absent condition matches
 * anything) and the working-time targets it gets. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class SlaRule {

    @JsonProperty("priority")
    private final Priority priority;
    @JsonProperty("severity")
    private final Severity severity;
    @JsonProperty("channel")
    private final Channel channel;
    @JsonProperty("category")
    private final FeedbackCategory category;
    @JsonProperty("segment")
    private final CustomerSegment segment;
    @JsonProperty("targets")
    private final Map<SlaTarget, Duration> targets;

    @JsonCreator
    private SlaRule(@JsonProperty("priority") Priority priority, @JsonProperty("severity") Severity severity,
            @JsonProperty("channel") Channel channel, @JsonProperty("category") FeedbackCategory category,
            @JsonProperty("segment") CustomerSegment segment,
            @JsonProperty(value = "targets", required = true) Map<SlaTarget, Duration> targets) {
        this.priority = priority;
        this.severity = severity;
        this.channel = channel;
        this.category = category;
        this.segment = segment;
        Checks.notNull(targets, "targets");
        Map<SlaTarget, Duration> copy = new TreeMap<>();
        targets.forEach((k, v) -> copy.put(Checks.notNull(k, "target"), Checks.positive(v, "targets[" + k + "]")));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("targets must not be empty, but was {}");
        }
        this.targets = Map.copyOf(copy);
    }

    /**
     * A rule with no conditions (matches every case).
     *
     * @param targets the working-time target per target name, non-empty, positive durations
     * @return the rule
     */
    public static SlaRule of(Map<SlaTarget, Duration> targets) {
        return new SlaRule(null, null, null, null, null, targets);
    }

    /** @param p the priority, not null @return a copy that also requires this priority */
    public SlaRule whenPriority(Priority p) {
        return new SlaRule(Checks.notNull(p, "priority"), severity, channel, category, segment, targets);
    }

    /** @param s the severity, not null @return a copy that also requires this severity */
    public SlaRule whenSeverity(Severity s) {
        return new SlaRule(priority, Checks.notNull(s, "severity"), channel, category, segment, targets);
    }

    /** @param c the channel, not null @return a copy that also requires this channel */
    public SlaRule whenChannel(Channel c) {
        return new SlaRule(priority, severity, Checks.notNull(c, "channel"), category, segment, targets);
    }

    /** @param c the category, not null @return a copy that also requires this category */
    public SlaRule whenCategory(FeedbackCategory c) {
        return new SlaRule(priority, severity, channel, Checks.notNull(c, "category"), segment, targets);
    }

    /** @param s the segment, not null @return a copy that also requires this segment */
    public SlaRule whenSegment(CustomerSegment s) {
        return new SlaRule(priority, severity, channel, category, Checks.notNull(s, "segment"), targets);
    }

    /**
     * Whether the rule applies to a case.
     *
     * @param c the case's attributes, not null
     * @return true when every present condition equals the case's attribute
     */
    public boolean matches(SlaContext c) {
        Checks.notNull(c, "context");
        return (priority == null || c.priority().equals(Optional.of(priority)))
                && (severity == null || c.severity().equals(Optional.of(severity)))
                && (channel == null || c.channel().equals(Optional.of(channel)))
                && (category == null || c.category().equals(Optional.of(category)))
                && (segment == null || c.segment().equals(Optional.of(segment)));
    }

    /** @return the rule's targets; unmodifiable */
    public Map<SlaTarget, Duration> targets() {
        return targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaRule r && java.util.Objects.equals(priority, r.priority)
                && java.util.Objects.equals(severity, r.severity) && java.util.Objects.equals(channel, r.channel)
                && java.util.Objects.equals(category, r.category) && java.util.Objects.equals(segment, r.segment)
                && targets.equals(r.targets);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(priority, severity, channel, category, segment, targets);
    }

    @Override
    public String toString() {
        return "SlaRule[priority=" + priority + ", severity=" + severity + ", channel=" + channel
                + ", category=" + category + ", segment=" + segment + ", targets=" + new TreeMap<>(targets) + "]";
    }
}

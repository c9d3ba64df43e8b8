package org.qualityloop.model.sla;

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
public final class SlaRule {
    private final Priority priority;
    private final Severity severity;
    private final Channel channel;
    private final FeedbackCategory category;
    private final CustomerSegment segment;
    private final Map<SlaTarget, Duration> targets;
    private SlaRule(Priority priority, Severity severity,
            Channel channel, FeedbackCategory category,
            CustomerSegment segment,
            Map<SlaTarget, Duration> targets) {
        this.priority = priority;
        this.severity = severity;
        this.channel = channel;
        this.category = category;
        this.segment = segment;
        Checks.notNull(targets, "targets");
        Map<SlaTarget, Duration> copy = new TreeMap<>();
        targets.forEach((k, v) -> copy.put(Checks.notNull(k, "target"),
                SlaTarget.checkDuration(v, "targets[" + k + "]")));
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

    /**
     * A rule with the given conditions, each absent condition matching anything; the form in which
     * a rule is stored (see {@code docs/json.md}).
     *
     * @param priority the required priority, or empty; not null
     * @param severity the required severity, or empty; not null
     * @param channel the required channel, or empty; not null
     * @param category the required category, or empty; not null
     * @param segment the required customer segment, or empty; not null
     * @param targets the working-time target per target name, non-empty, positive durations
     * @return the rule
     * @throws NullPointerException naming the argument when one is null
     * @throws IllegalArgumentException when the targets are empty or a duration is not positive
     */
    public static SlaRule of(Optional<Priority> priority, Optional<Severity> severity, Optional<Channel> channel,
            Optional<FeedbackCategory> category, Optional<CustomerSegment> segment,
            Map<SlaTarget, Duration> targets) {
        return new SlaRule(Checks.notNull(priority, "priority").orElse(null),
                Checks.notNull(severity, "severity").orElse(null), Checks.notNull(channel, "channel").orElse(null),
                Checks.notNull(category, "category").orElse(null), Checks.notNull(segment, "segment").orElse(null),
                targets);
    }

    /**
     * Returns a copy of this rule that applies only to cases of the given priority, replacing any
     * priority it required.
     *
     * @param p the priority, not null
     * @return a copy that also requires this priority
     */
    public SlaRule whenPriority(Priority p) {
        return new SlaRule(Checks.notNull(p, "priority"), severity, channel, category, segment, targets);
    }

    /**
     * Returns a copy of this rule that applies only to cases of the given severity, replacing any
     * severity it required.
     *
     * @param s the severity, not null
     * @return a copy that also requires this severity
     */
    public SlaRule whenSeverity(Severity s) {
        return new SlaRule(priority, Checks.notNull(s, "severity"), channel, category, segment, targets);
    }

    /**
     * Returns a copy of this rule that applies only to feedback on the given channel, replacing any
     * channel it required.
     *
     * @param c the channel, not null
     * @return a copy that also requires this channel
     */
    public SlaRule whenChannel(Channel c) {
        return new SlaRule(priority, severity, Checks.notNull(c, "channel"), category, segment, targets);
    }

    /**
     * Returns a copy of this rule that applies only to feedback of the given category, replacing
     * any category it required.
     *
     * @param c the category, not null
     * @return a copy that also requires this category
     */
    public SlaRule whenCategory(FeedbackCategory c) {
        return new SlaRule(priority, severity, channel, Checks.notNull(c, "category"), segment, targets);
    }

    /**
     * Returns a copy of this rule that applies only to customers of the given segment, replacing
     * any segment it required.
     *
     * @param s the segment, not null
     * @return a copy that also requires this segment
     */
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

    /**
     * Returns the priority the rule requires, or empty when it matches any.
     *
     * @return the priority the rule requires, or empty when it matches any
     */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    /**
     * Returns the severity the rule requires, or empty when it matches any.
     *
     * @return the severity the rule requires, or empty when it matches any
     */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /**
     * Returns the channel the rule requires, or empty when it matches any.
     *
     * @return the channel the rule requires, or empty when it matches any
     */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Returns the feedback category the rule requires, or empty when it matches any.
     *
     * @return the feedback category the rule requires, or empty when it matches any
     */
    public Optional<FeedbackCategory> category() {
        return Optional.ofNullable(category);
    }

    /**
     * Returns the customer segment the rule requires, or empty when it matches any.
     *
     * @return the customer segment the rule requires, or empty when it matches any
     */
    public Optional<CustomerSegment> segment() {
        return Optional.ofNullable(segment);
    }

    /**
     * Returns the rule's targets; unmodifiable.
     *
     * @return the rule's targets; unmodifiable
     */
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

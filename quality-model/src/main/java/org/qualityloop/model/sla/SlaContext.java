package org.qualityloop.model.sla;

import java.time.ZoneId;
import java.util.Optional;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.internal.Checks;

/**
 * The attributes of a case that an SLA policy reads: those its rules match on, and the case's
 * time zone, which targets the policy measures in the case's zone use
 * ({@link SlaZoneSource#CASE}). Immutable.
 *
 * @param priority the priority, if known
 * @param severity the severity, if known
 * @param channel the channel, if known
 * @param category the category, if known
 * @param segment the customer segment, if known
 * @param zone the case's (the customer's) time zone, if known
 */
public record SlaContext(Optional<Priority> priority, Optional<Severity> severity, Optional<Channel> channel,
        Optional<FeedbackCategory> category, Optional<CustomerSegment> segment, Optional<ZoneId> zone) {

    /**
     * Validates that no component is null.
     *
     * @param priority the priority, if known
     * @param severity the severity, if known
     * @param channel the channel, if known
     * @param category the category, if known
     * @param segment the customer segment, if known
     * @param zone the case's (the customer's) time zone, if known
     */
    public SlaContext {
        Checks.notNull(priority, "priority");
        Checks.notNull(severity, "severity");
        Checks.notNull(channel, "channel");
        Checks.notNull(category, "category");
        Checks.notNull(segment, "segment");
        Checks.notNull(zone, "zone");
    }

    /**
     * A context without a time zone: the form every context had before the case's zone was read.
     *
     * @param priority the priority, if known
     * @param severity the severity, if known
     * @param channel the channel, if known
     * @param category the category, if known
     * @param segment the customer segment, if known
     */
    public SlaContext(Optional<Priority> priority, Optional<Severity> severity, Optional<Channel> channel,
            Optional<FeedbackCategory> category, Optional<CustomerSegment> segment) {
        this(priority, severity, channel, category, segment, Optional.empty());
    }

    /**
     * A context with only a priority.
     *
     * @param priority the priority, not null
     * @return the context
     */
    public static SlaContext of(Priority priority) {
        return new SlaContext(Optional.of(Checks.notNull(priority, "priority")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy of this context with the given severity; the other fields are kept.
     *
     * @param s the severity, not null
     * @return a copy with that severity
     */
    public SlaContext withSeverity(Severity s) {
        return new SlaContext(priority, Optional.of(Checks.notNull(s, "severity")), channel, category, segment, zone);
    }

    /**
     * Returns a copy of this context with the given channel; the other fields are kept.
     *
     * @param c the channel, not null
     * @return a copy with that channel
     */
    public SlaContext withChannel(Channel c) {
        return new SlaContext(priority, severity, Optional.of(Checks.notNull(c, "channel")), category, segment, zone);
    }

    /**
     * Returns a copy of this context with the given feedback category; the other fields are kept.
     *
     * @param c the category, not null
     * @return a copy with that category
     */
    public SlaContext withCategory(FeedbackCategory c) {
        return new SlaContext(priority, severity, channel, Optional.of(Checks.notNull(c, "category")), segment, zone);
    }

    /**
     * Returns a copy of this context with the given customer segment; the other fields are kept.
     *
     * @param s the segment, not null
     * @return a copy with that segment
     */
    public SlaContext withSegment(CustomerSegment s) {
        return new SlaContext(priority, severity, channel, category, Optional.of(Checks.notNull(s, "segment")), zone);
    }

    /**
     * Returns a copy of this context with the given time zone; the other fields are kept.
     *
     * @param z the zone, not null
     * @return a copy with that zone
     */
    public SlaContext withZone(ZoneId z) {
        return new SlaContext(priority, severity, channel, category, segment, Optional.of(Checks.notNull(z, "zone")));
    }
}

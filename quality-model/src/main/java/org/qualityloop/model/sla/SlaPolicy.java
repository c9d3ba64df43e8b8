package org.qualityloop.model.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qualityloop.model.internal.Checks;

/**
 * An SLA policy: rules matched in their stated order (the first matching rule that defines a target
 * wins), default targets when no rule defines one, warning thresholds, and what reopening does to
 * the resolution clock. Durations are working time on the calendar the clocks are measured on.
 * Immutable and thread-safe.
 *
 * <p>Per target, the policy may also say which calendar its clock is measured on
 * ({@link #calendars()}: a calendar's name, which the lifecycle running the clocks resolves; a
 * target not named there uses the lifecycle's calendar) and which conditions pause it
 * ({@link #pauseOn()}: a target not named there pauses on {@link SlaPauseCondition#defaults}).
 * A first response measured round the clock and a resolution in office hours:
 * {@code .calendar(SlaTarget.FIRST_RESPONSE, "24x7")}.
 *
 * <p>Per target, the policy may also say which time zone the calendar is read in
 * ({@link #zoneSources()}): the calendar's own (the default) or the case's
 * ({@link SlaZoneSource#CASE}, the customer's zone when the case has one, else the calendar's). A
 * resolution measured on the team's office hours but on the customer's wall clock:
 * {@code .zoneSource(SlaTarget.RESOLUTION, SlaZoneSource.CASE)}.
 *
 * <p>Built in Java with {@link #builder(String)}, one call per element of the JSON form of
 * {@code docs/json.md}:
 *
 * <pre>{@code
 * SlaPolicy standard = SlaPolicy.builder("standard")
 *         .rule(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
 *                         SlaTarget.RESOLUTION, Duration.ofHours(4)))
 *                 .whenPriority(Priority.HIGH).whenChannel(Channel.EMAIL))
 *         .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
 *         .warnAtShare(new BigDecimal("0.75"))
 *         .warnBefore(Duration.ofHours(1))
 *         .reopen(ReopenMode.CONTINUE)
 *         .calendar(SlaTarget.FIRST_RESPONSE, "always-on")
 *         .pauseOn(SlaTarget.RESOLUTION, SlaPauseCondition.AWAITING_CUSTOMER, SlaPauseCondition.RECTIFYING)
 *         .zoneSource(SlaTarget.RESOLUTION, SlaZoneSource.CASE)
 *         .build();
 * }</pre>
 *
 * @param name the policy's name, an identifier
 * @param rules the rules, in matching order
 * @param defaults targets used when no rule defines the target
 * @param warnings warning thresholds applying to every target
 * @param reopen whether resolution restarts or continues on reopening
 * @param calendars the name of the calendar each named target is measured on; a target not
 *     named uses the lifecycle's calendar
 * @param pauseOn the conditions that pause each named target; a target not named pauses on
 *     {@link SlaPauseCondition#defaults(SlaTarget)}, and an empty set never pauses
 * @param zoneSources where the zone each named target is measured in comes from; a target not
 *     named is measured in its calendar's zone ({@link SlaZoneSource#CALENDAR})
 */
public record SlaPolicy(String name, List<SlaRule> rules, Map<SlaTarget, Duration> defaults,
        List<SlaWarning> warnings, ReopenMode reopen, Map<SlaTarget, String> calendars,
        Map<SlaTarget, Set<SlaPauseCondition>> pauseOn, Map<SlaTarget, SlaZoneSource> zoneSources) {

    /**
     * Validates and copies the components.
     *
     * @param name the policy's name, an identifier
     * @param rules the rules, in matching order
     * @param defaults targets used when no rule defines the target
     * @param warnings warning thresholds applying to every target
     * @param reopen whether resolution restarts or continues on reopening
     * @param calendars the name of the calendar each named target is measured on, each an
     *     identifier; a target not named uses the lifecycle's calendar
     * @param pauseOn the conditions that pause each named target; a target not named pauses on
     *     {@link SlaPauseCondition#defaults(SlaTarget)}, and an empty set never pauses
     * @param zoneSources where the zone each named target is measured in comes from; a target
     *     not named is measured in its calendar's zone
     */
    public SlaPolicy {
        Checks.id(name, "name");
        rules = Checks.listCopy(rules, "rules");
        defaults = Checks.mapCopy(defaults, "defaults");
        defaults.forEach((k, v) -> SlaTarget.checkDuration(v, "defaults[" + k + "]"));
        warnings = Checks.listCopy(warnings, "warnings");
        Checks.notNull(reopen, "reopen");
        calendars = calendarsCopy(calendars, "calendars");
        pauseOn = pauseOnCopy(pauseOn, "pauseOn");
        Map<SlaTarget, SlaZoneSource> sources = new TreeMap<>(Checks.mapCopy(zoneSources, "zoneSources"));
        zoneSources = java.util.Collections.unmodifiableMap(sources);
    }

    /**
     * A policy whose targets are all measured in their calendars' zones: the form every policy had
     * before zone sources existed.
     *
     * @param name the policy's name, an identifier
     * @param rules the rules, in matching order
     * @param defaults targets used when no rule defines the target
     * @param warnings warning thresholds applying to every target
     * @param reopen whether resolution restarts or continues on reopening
     * @param calendars the name of the calendar each named target is measured on, each an
     *     identifier; a target not named uses the lifecycle's calendar
     * @param pauseOn the conditions that pause each named target; a target not named pauses on
     *     {@link SlaPauseCondition#defaults(SlaTarget)}, and an empty set never pauses
     */
    public SlaPolicy(String name, List<SlaRule> rules, Map<SlaTarget, Duration> defaults,
            List<SlaWarning> warnings, ReopenMode reopen, Map<SlaTarget, String> calendars,
            Map<SlaTarget, Set<SlaPauseCondition>> pauseOn) {
        this(name, rules, defaults, warnings, reopen, calendars, pauseOn, Map.of());
    }

    /**
     * A policy whose targets all use the lifecycle's calendar and the default pause conditions.
     *
     * @param name the policy's name, an identifier
     * @param rules the rules, in matching order
     * @param defaults targets used when no rule defines the target
     * @param warnings warning thresholds applying to every target
     * @param reopen whether resolution restarts or continues on reopening
     */
    public SlaPolicy(String name, List<SlaRule> rules, Map<SlaTarget, Duration> defaults,
            List<SlaWarning> warnings, ReopenMode reopen) {
        this(name, rules, defaults, warnings, reopen, Map.of(), Map.of(), Map.of());
    }

    /**
     * Checks and copies a map of calendar names per target, in target order: every name an
     * identifier. Shared by every value that records such a map.
     *
     * @param calendars the map, not null
     * @param field the field's name, for messages, not null
     * @return an unmodifiable copy in target order
     * @throws NullPointerException when the map, a key or a value is null
     * @throws IllegalArgumentException naming the entry when a name is not an identifier
     */
    public static Map<SlaTarget, String> calendarsCopy(Map<SlaTarget, String> calendars, String field) {
        Checks.notNull(field, "field");
        Map<SlaTarget, String> copy = new TreeMap<>();
        Checks.mapCopy(calendars, field).forEach((k, v) -> copy.put(k, Checks.id(v, field + "[" + k + "]")));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Checks and copies a map of pause conditions per target, in target order, each set in code
     * order. Shared by every value that records such a map.
     *
     * @param pauseOn the map, not null
     * @param field the field's name, for messages, not null
     * @return an unmodifiable copy in target order
     * @throws NullPointerException when the map, a key, a value or a condition is null
     */
    public static Map<SlaTarget, Set<SlaPauseCondition>> pauseOnCopy(Map<SlaTarget, Set<SlaPauseCondition>> pauseOn,
            String field) {
        Checks.notNull(field, "field");
        Map<SlaTarget, Set<SlaPauseCondition>> copy = new TreeMap<>();
        Checks.mapCopy(pauseOn, field).forEach((k, v) -> copy.put(k,
                java.util.Collections.unmodifiableSet(new TreeSet<>(Checks.setCopy(v, field + "[" + k + "]")))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The name of the calendar a target's clock is measured on, if the policy names one; empty
     * means the lifecycle's calendar.
     *
     * @param target the target, not null
     * @return the calendar's name, or empty
     */
    public Optional<String> calendarOf(SlaTarget target) {
        return Optional.ofNullable(calendars.get(Checks.notNull(target, "target")));
    }

    /**
     * The conditions that pause a target's clock: those the policy names for it, else
     * {@link SlaPauseCondition#defaults(SlaTarget)}.
     *
     * @param target the target, not null
     * @return the conditions; unmodifiable, empty when nothing pauses the target
     */
    public Set<SlaPauseCondition> pauseConditions(SlaTarget target) {
        Set<SlaPauseCondition> named = pauseOn.get(Checks.notNull(target, "target"));
        return named != null ? named : SlaPauseCondition.defaults(target);
    }

    /**
     * Where the zone a target is measured in comes from: the source the policy names for it, else
     * {@link SlaZoneSource#CALENDAR}.
     *
     * @param target the target, not null
     * @return the source
     */
    public SlaZoneSource zoneSourceOf(SlaTarget target) {
        return zoneSources.getOrDefault(Checks.notNull(target, "target"), SlaZoneSource.CALENDAR);
    }

    /**
     * The zone a target is measured in for a case in place of its calendar's own: the case's zone
     * when the policy measures the target in the case's zone ({@link SlaZoneSource#CASE}) and the
     * case has one; empty means the calendar's own zone.
     *
     * @param target the target, not null
     * @param context the case, not null
     * @return the zone, or empty for the calendar's own
     */
    public Optional<ZoneId> zoneOf(SlaTarget target, SlaContext context) {
        Checks.notNull(context, "context");
        return zoneSourceOf(target) == SlaZoneSource.CASE ? context.zone() : Optional.empty();
    }

    /**
     * The working-time target for a case: the first rule (in order) that matches the case and
     * defines the target, else the default.
     *
     * @param target the target, not null
     * @param context the case, not null
     * @return the target's working time, or empty when neither a rule nor the defaults define it
     */
    public Optional<Duration> target(SlaTarget target, SlaContext context) {
        Checks.notNull(target, "target");
        Checks.notNull(context, "context");
        for (SlaRule r : rules) {
            Duration d = r.targets().get(target);
            if (d != null && r.matches(context)) {
                return Optional.of(d);
            }
        }
        return Optional.ofNullable(defaults.get(target));
    }

    /**
     * Starts a policy: rules, defaults and warnings are added in order, the reopen mode is required.
     *
     * @param name the policy's name, an identifier (checked by {@link Builder#build()})
     * @return a builder
     * @throws NullPointerException when the name is null
     */
    public static Builder builder(String name) {
        return new Builder(Checks.notNull(name, "name"));
    }

    /**
     * Builds an {@link SlaPolicy} one element at a time, in the order of its JSON form: rules in
     * matching order, default targets, warnings, the reopen mode. {@link #build()} applies the same
     * rules as the policy's constructor (and so as reading its JSON). Setting a default target or
     * the reopen mode twice is a misuse ({@link IllegalStateException}). Not thread-safe; it may
     * build several policies.
     */
    public static final class Builder {
        private final String name;
        private final List<SlaRule> rules = new ArrayList<>();
        private final Map<SlaTarget, Duration> defaults = new LinkedHashMap<>();
        private final List<SlaWarning> warnings = new ArrayList<>();
        private ReopenMode reopen;
        private final Map<SlaTarget, String> calendars = new LinkedHashMap<>();
        private final Map<SlaTarget, Set<SlaPauseCondition>> pauseOn = new LinkedHashMap<>();
        private final Map<SlaTarget, SlaZoneSource> zoneSources = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a rule after those already added: rules are matched in the order they are added.
         *
         * @param rule the rule, not null; e.g. {@code SlaRule.of(targets).whenPriority(Priority.HIGH)}
         * @return this builder
         */
        public Builder rule(SlaRule rule) {
            rules.add(Checks.notNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the working time of a target when no rule defines it.
         *
         * @param target the target, not null
         * @param duration its working time, positive and at most {@link SlaTarget#MAX_DURATION}
         * @return this builder
         * @throws IllegalArgumentException when the duration is not positive or too long
         * @throws IllegalStateException when a default of this target was already set
         */
        public Builder defaultTarget(SlaTarget target, Duration duration) {
            Checks.notNull(target, "target");
            SlaTarget.checkDuration(duration, "defaults[" + target + "]");
            Duration previous = defaults.get(target);
            if (previous != null) {
                throw new IllegalStateException("defaults[" + target + "] was already set to " + previous);
            }
            defaults.put(target, duration);
            return this;
        }

        /**
         * Adds a warning threshold applying to every target.
         *
         * @param warning the warning, not null
         * @return this builder
         */
        public Builder warning(SlaWarning warning) {
            warnings.add(Checks.notNull(warning, "warning"));
            return this;
        }

        /**
         * Adds a warning when a share of the target is consumed: {@code warning(new SlaWarning.Share(share))}.
         *
         * @param share the share, strictly between 0 and 1, not null
         * @return this builder
         * @throws IllegalArgumentException when the share is not strictly between 0 and 1
         */
        public Builder warnAtShare(BigDecimal share) {
            return warning(new SlaWarning.Share(share));
        }

        /**
         * Adds a warning when only this much working time is left before the deadline:
         * {@code warning(new SlaWarning.Before(before))}.
         *
         * @param before the working time left, positive, not null
         * @return this builder
         * @throws IllegalArgumentException when the duration is not positive or too long
         */
        public Builder warnBefore(Duration before) {
            return warning(new SlaWarning.Before(before));
        }

        /**
         * Sets what reopening does to the resolution clock; required.
         *
         * @param mode the mode, not null
         * @return this builder
         * @throws IllegalStateException when the mode was already set
         */
        public Builder reopen(ReopenMode mode) {
            Checks.notNull(mode, "reopen");
            if (reopen != null) {
                throw new IllegalStateException("reopen was already set to " + reopen);
            }
            reopen = mode;
            return this;
        }

        /**
         * Measures a target's clock on the named calendar instead of the lifecycle's; the
         * lifecycle running the clocks must know a calendar of that name.
         *
         * @param target the target, not null
         * @param calendarName the calendar's name, an identifier (e.g. {@code "always-on"})
         * @return this builder
         * @throws IllegalArgumentException when the name is not an identifier
         * @throws IllegalStateException when a calendar of this target was already set
         */
        public Builder calendar(SlaTarget target, String calendarName) {
            Checks.notNull(target, "target");
            Checks.id(calendarName, "calendars[" + target + "]");
            String previous = calendars.get(target);
            if (previous != null) {
                throw new IllegalStateException("calendars[" + target + "] was already set to " + previous);
            }
            calendars.put(target, calendarName);
            return this;
        }

        /**
         * Sets the conditions that pause a target's clock, replacing its defaults
         * ({@link SlaPauseCondition#defaults(SlaTarget)}); no condition at all means the clock never
         * pauses.
         *
         * @param target the target, not null
         * @param conditions the conditions, none null
         * @return this builder
         * @throws IllegalStateException when the conditions of this target were already set
         */
        public Builder pauseOn(SlaTarget target, SlaPauseCondition... conditions) {
            Checks.notNull(target, "target");
            Checks.notNull(conditions, "conditions");
            Set<SlaPauseCondition> previous = pauseOn.get(target);
            if (previous != null) {
                throw new IllegalStateException("pauseOn[" + target + "] was already set to " + previous);
            }
            pauseOn.put(target, Checks.setCopy(java.util.Arrays.asList(conditions), "pauseOn[" + target + "]"));
            return this;
        }

        /**
         * Says where the zone a target is measured in comes from: its calendar's own zone
         * ({@link SlaZoneSource#CALENDAR}, the default) or the case's
         * ({@link SlaZoneSource#CASE}: the calendar's local hours and holidays on the customer's
         * wall clock, when the case has a zone).
         *
         * @param target the target, not null
         * @param source the source, not null
         * @return this builder
         * @throws IllegalStateException when the zone source of this target was already set
         */
        public Builder zoneSource(SlaTarget target, SlaZoneSource source) {
            Checks.notNull(target, "target");
            Checks.notNull(source, "zoneSources[" + target + "]");
            SlaZoneSource previous = zoneSources.get(target);
            if (previous != null) {
                throw new IllegalStateException("zoneSources[" + target + "] was already set to " + previous);
            }
            zoneSources.put(target, source);
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalStateException when the reopen mode was not set
         * @throws IllegalArgumentException when the name is not an identifier
         */
        public SlaPolicy build() {
            if (reopen == null) {
                throw new IllegalStateException("reopen must be set, but was not (RESTART or CONTINUE)");
            }
            return new SlaPolicy(name, rules, defaults, warnings, reopen, calendars, pauseOn, zoneSources);
        }
    }
}

package org.qualityloop.model.sla;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * An SLA policy: rules matched in their stated order (the first matching rule that defines a target
 * wins), default targets when no rule defines one, warning thresholds, and what reopening does to
 * the resolution clock. Durations are working time on the calendar the clocks are measured on.
 * Immutable and thread-safe.
 *
 * @param name the policy's name, an identifier
 * @param rules the rules, in matching order
 * @param defaults targets used when no rule defines the target
 * @param warnings warning thresholds applying to every target
 * @param reopen whether resolution restarts or continues on reopening
 */
public record SlaPolicy(String name, List<SlaRule> rules, Map<SlaTarget, Duration> defaults,
        List<SlaWarning> warnings, ReopenMode reopen) {

    /**
     * Validates and copies the components.
     *
     * @param name the policy's name, an identifier
     * @param rules the rules, in matching order
     * @param defaults targets used when no rule defines the target
     * @param warnings warning thresholds applying to every target
     * @param reopen whether resolution restarts or continues on reopening
     */
    public SlaPolicy {
        Checks.id(name, "name");
        rules = Checks.listCopy(rules, "rules");
        defaults = Checks.mapCopy(defaults, "defaults");
        defaults.forEach((k, v) -> SlaTarget.checkDuration(v, "defaults[" + k + "]"));
        warnings = Checks.listCopy(warnings, "warnings");
        Checks.notNull(reopen, "reopen");
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
}

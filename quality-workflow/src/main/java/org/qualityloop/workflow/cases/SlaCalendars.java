package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/**
 * The calendars a lifecycle measures SLA clocks on at one time: its main calendar, which every
 * target uses unless its recorded targets name another, and the named calendars targets may name
 * (e.g. first response round the clock while resolution keeps office hours). One value per
 * calendar change of the lifecycle, compared by identity: a clock is recomputed exactly when the
 * calendar it is measured on is another object. A target measured in another zone than its
 * calendar's (the case's zone, {@link CaseChange.SlaTargetsSet#zones()}) is measured on the
 * calendar {@linkplain BusinessCalendar#withZone re-zoned}, made once per calendar and zone and
 * kept, so that it too is the same object until a calendar changes. Immutable in what it answers
 * and thread-safe; package-private.
 */
final class SlaCalendars {
    private static final int THRESHOLD_BITS = 5;
    private final BusinessCalendar main;
    private final Map<String, BusinessCalendar> named;
    /**
     * The re-zoned calendars made so far, by calendar (calendars compare by identity) and zone;
     * grows with the zones asked for.
     */
    private final Map<BusinessCalendar, Map<ZoneId, BusinessCalendar>> reZoned = new ConcurrentHashMap<>();
    /**
     * Warning thresholds computed lately, direct-mapped by warning list (by identity: a policy's
     * targets are one shared value) and target duration, so that a clock started on a case needs
     * no computation its lifecycle already made. Elements are immutable values with final
     * fields, so a racing read sees a whole one or null, and a race computes one twice.
     */
    private final Slot.Thresholds[] thresholds = new Slot.Thresholds[1 << THRESHOLD_BITS];
    /** The clocks of a case without targets on these calendars, made on first use; a race makes two equal ones. */
    private SlaClocks none;

    private SlaCalendars(BusinessCalendar main, Map<String, BusinessCalendar> named) {
        this.main = main;
        this.named = named;
    }

    /** Only the main calendar. */
    static SlaCalendars of(BusinessCalendar main) {
        return new SlaCalendars(main, Map.of());
    }

    /** The main calendar. */
    BusinessCalendar main() {
        return main;
    }

    /** The named calendars, by name; unmodifiable. */
    Map<String, BusinessCalendar> named() {
        return named;
    }

    /** These calendars with another main calendar. */
    SlaCalendars withMain(BusinessCalendar next) {
        return new SlaCalendars(next, named);
    }

    /** These calendars with {@code next} under its name, in place of any calendar of that name. */
    SlaCalendars withNamed(BusinessCalendar next) {
        Map<String, BusinessCalendar> more = new TreeMap<>(named);
        more.put(next.name(), next);
        return new SlaCalendars(main, Collections.unmodifiableMap(more));
    }

    /** No targets, no clocks, on these calendars: one value shared by every case opened on them. */
    SlaClocks none() {
        SlaClocks n = none;
        if (n == null) {
            n = SlaClocks.none(this);
            none = n;
        }
        return n;
    }

    /** The thresholds of {@code warnings} for a target of {@code target}; computed again only once evicted. */
    Slot.Thresholds thresholds(List<SlaWarning> warnings, Duration target) {
        // Fibonacci hashing on the top bits: durations are whole minutes or hours, so their own
        // hash codes share their low bits
        int i = ((System.identityHashCode(warnings) * 31 + target.hashCode()) * 0x9E3779B9) >>> (32 - THRESHOLD_BITS);
        Slot.Thresholds t = thresholds[i];
        if (t == null || t.of != warnings || !t.target.equals(target)) {
            t = new Slot.Thresholds(warnings, target);
            thresholds[i] = t;
        }
        return t;
    }

    /**
     * The calendar of a name: a named calendar, else the main one when the name is its name.
     *
     * @return the calendar, or null when none has that name
     */
    BusinessCalendar byName(String name) {
        BusinessCalendar c = named.get(name);
        return c != null || !main.name().equals(name) ? c : main;
    }

    /**
     * The calendar a target's clock is measured on under the recorded targets (null: none set):
     * the one they name for it, else the main calendar, read in the zone they name for it if any.
     *
     * @throws IllegalArgumentException naming the target and the calendar when the name is unknown
     */
    BusinessCalendar forTarget(CaseChange.SlaTargetsSet targets, SlaTarget target) {
        String name = targets == null ? null : targets.calendars().get(target);
        BusinessCalendar c = name == null ? main : byName(name);
        if (c == null) {
            throw new IllegalArgumentException("calendars[" + target + "] must name a calendar of the lifecycle "
                    + names() + ", but was " + name);
        }
        ZoneId zone = targets == null ? null : targets.zones().get(target);
        return zone == null ? c : zoned(c, zone);
    }

    /** {@code c}, one of these calendars, read in {@code zone}: itself in its own zone, else the one kept re-zoned copy. */
    private BusinessCalendar zoned(BusinessCalendar c, ZoneId zone) {
        if (c.zone().equals(zone)) {
            return c;
        }
        return reZoned.computeIfAbsent(c, k -> new ConcurrentHashMap<>()).computeIfAbsent(zone, c::withZone);
    }

    /** The names of every calendar, the main one's first. */
    String names() {
        StringBuilder b = new StringBuilder("[").append(main.name());
        for (String n : named.keySet()) {
            if (!n.equals(main.name())) {
                b.append(", ").append(n);
            }
        }
        return b.append(']').toString();
    }

    @Override
    public String toString() {
        return "SlaCalendars" + names();
    }
}

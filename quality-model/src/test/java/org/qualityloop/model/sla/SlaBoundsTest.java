package org.qualityloop.model.sla;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;

/**
 * Every SLA duration is bounded by {@link SlaTarget#MAX_DURATION}: 292 years used to be accepted
 * and then overflow with an {@code ArithmeticException} inside the engine. And the clock and result
 * refuse states that cannot happen.
 */
class SlaBoundsTest {

    private static final Duration YEARS_292 = Duration.ofDays(292L * 365);
    private static final SlaTarget RESOLUTION = new SlaTarget("resolution");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final BusinessCalendar UTC = BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC);

    @Test
    void slaRule_targetOf292Years_isRefusedNamingTheTarget() {
        assertThatThrownBy(() -> SlaRule.of(Map.of(RESOLUTION, YEARS_292)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resolution").hasMessageContaining("at most");
    }

    @Test
    void slaPolicy_defaultOf292Years_isRefusedNamingTheDefault() {
        assertThatThrownBy(() -> new SlaPolicy("p", List.of(), Map.of(RESOLUTION, YEARS_292), List.of(),
                ReopenMode.values()[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaults[").hasMessageContaining("at most");
    }

    @Test
    void warningBefore_292Years_isRefusedNamingBefore() {
        assertThatThrownBy(() -> new SlaWarning.Before(YEARS_292))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("before must be at most");
    }

    @Test
    void slaClockStart_targetOf292Years_isRefusedNamingTargetDuration() {
        assertThatThrownBy(() -> SlaClock.start(RESOLUTION, YEARS_292, T0, UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targetDuration must be at most");
    }

    @Test
    void slaClockOf_targetOf292Years_isRefusedNamingTargetDuration() {
        assertThatThrownBy(() -> SlaClock.of(RESOLUTION, YEARS_292, T0, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), T0.plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targetDuration must be at most");
    }

    @Test
    void slaResult_targetOf292Years_isRefusedNamingTargetDuration() {
        assertThatThrownBy(() -> new SlaResult(RESOLUTION, 1, YEARS_292, Duration.ZERO, SlaStatus.values()[0],
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("targetDuration must be at most");
    }

    @Test
    void slaClock_bothStoppedAndCancelled_isRefused() {
        Instant later = T0.plus(Duration.ofHours(1));
        assertThatThrownBy(() -> SlaClock.of(RESOLUTION, Duration.ofHours(8), T0, List.of(), Optional.empty(),
                Optional.of(later), Optional.of(later), Optional.empty(), T0.plus(Duration.ofHours(8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cancelledAt must be absent on a stopped clock");
    }

    @Test
    void slaClock_breachBeforeStart_isRefusedNamingBreachedAt() {
        assertThatThrownBy(() -> SlaClock.of(RESOLUTION, Duration.ofHours(8), T0, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(T0.minusSeconds(1)), T0.plus(Duration.ofHours(8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("breachedAt");
    }

    @Test
    void slaResult_metWithElapsedOverTarget_isRefused() {
        assertThatThrownBy(() -> new SlaResult(RESOLUTION, 1, Duration.ofHours(8), Duration.ofHours(9),
                SlaStatus.MET, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed must not exceed targetDuration PT8H when status is MET, but was PT9H");
    }
}

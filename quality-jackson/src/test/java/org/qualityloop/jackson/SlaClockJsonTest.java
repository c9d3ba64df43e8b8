package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/** SLA clocks and policies in JSON: exact round trips, unknown properties refused. */
class SlaClockJsonTest {

    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static SlaPolicy policy() {
        return new SlaPolicy("standard", List.of(
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(2))).whenPriority(Priority.URGENT),
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(24))).whenChannel(new Channel("email")),
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4),
                        SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30))).whenPriority(Priority.HIGH)),
                Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8), SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)),
                List.of(new SlaWarning.Share(new BigDecimal("0.75")), new SlaWarning.Before(Duration.ofHours(1))),
                ReopenMode.CONTINUE);
    }

    @Test
    void clocksAndPolicy_roundTrip() throws Exception {
        SlaClock late = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        SlaClock early = SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(90), at("2026-03-02T09:00:00Z"), OFFICE)
                .pause(at("2026-03-02T09:10:00.123456789Z"));
        var mapper = QualityLoopJson.mapper();
        for (SlaClock c : List.of(late, early, late.stop(at("2026-03-02T12:00:00Z"), OFFICE),
                late.cancel(at("2026-03-02T10:00:00Z")))) {
            assertThat(mapper.readValue(mapper.writeValueAsString(c), SlaClock.class)).isEqualTo(c);
        }
        SlaPolicy p = policy();
        assertThat(mapper.readValue(mapper.writeValueAsString(p), SlaPolicy.class)).isEqualTo(p);
    }

    @Test
    void unknownProperty_isRejected() {
        var mapper = QualityLoopJson.mapper();
        assertThatThrownBy(() -> mapper.readValue("{\"target\":\"resolution\",\"targetDuration\":\"PT8H\","
                + "\"start\":\"2026-03-02T09:00:00Z\",\"pauses\":[],\"deadline\":\"2026-03-02T17:00:00Z\","
                + "\"colour\":\"red\"}", SlaClock.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }
}

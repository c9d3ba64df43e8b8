package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BusinessCalendar#withZone} over random calendars, zones and instants: re-zoning to the
 * calendar's own zone gives the calendar itself, and a calendar re-zoned to a zone answers every
 * question exactly as the calendar built with the same builder calls directly in that zone.
 * Instants are drawn anywhere and around the daylight-saving changes of March/April and
 * October/November, where a re-zoned calendar that kept its old offsets would differ.
 */
class BusinessCalendarZoneProperties {

    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(BusinessCalendarProperties.ZONES).map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> anywhere = Arbitraries.longs().between(FROM, TO);
        Arbitrary<Long> nearDstChange = Arbitraries.integers().between(2024, 2028)
                .flatMap(y -> Arbitraries.of(3, 4, 10, 11).flatMap(m -> Arbitraries.longs().between(0, 31 * 86_400L)
                        .map(s -> LocalDate.of(y, m, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) + s)));
        return Arbitraries.oneOf(anywhere, nearDstChange)
                .flatMap(s -> Arbitraries.of(0, 1, 500_000_000).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(1, 200L * 3600 * 1000).map(Duration::ofMillis);
    }

    @Property(tries = 200)
    void reZonedToItsOwnZone_isTheCalendarItself(@ForAll("seeds") long seed) {
        BusinessCalendar c = BusinessCalendarProperties.calendar(seed);
        assertThat(c.withZone(c.zone())).isSameAs(c);
        assertThat(c.withZone(ZoneId.of(c.zone().getId()))).isSameAs(c);
    }

    @Property(tries = 300)
    void reZoned_answersAsTheCalendarBuiltInThatZone(@ForAll("seeds") long seed, @ForAll("zones") ZoneId zone,
            @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        BusinessCalendar reZoned = BusinessCalendarProperties.calendar(seed).withZone(zone);
        BusinessCalendar direct = BusinessCalendarProperties.calendar(seed, zone);
        assertThat(reZoned.zone()).isEqualTo(zone);
        assertThat(reZoned.name()).isEqualTo(direct.name());
        assertThat(reZoned.weeklySchedule()).isEqualTo(direct.weeklySchedule());
        assertThat(reZoned.dateExceptions()).isEqualTo(direct.dateExceptions());
        assertThat(reZoned.yearlyExceptions()).isEqualTo(direct.yearlyExceptions());
        assertThat(reZoned.isWorkingTime(t)).isEqualTo(direct.isWorkingTime(t));
        assertThat(reZoned.nextWorkingTime(t)).isEqualTo(direct.nextWorkingTime(t));
        assertThat(reZoned.plus(t, d)).isEqualTo(direct.plus(t, d));
        assertThat(reZoned.minus(t, d)).isEqualTo(direct.minus(t, d));
        assertThat(reZoned.workingTimeBetween(t, t.plus(d))).isEqualTo(direct.workingTimeBetween(t, t.plus(d)));
        assertThat(reZoned.workingDayOf(t)).isEqualTo(direct.workingDayOf(t));
    }

    @Property(tries = 200)
    void reZonedAndBack_answersAsTheOriginal(@ForAll("seeds") long seed, @ForAll("zones") ZoneId zone,
            @ForAll("instants") Instant t, @ForAll("durations") Duration d) {
        BusinessCalendar c = BusinessCalendarProperties.calendar(seed);
        BusinessCalendar back = c.withZone(zone).withZone(c.zone());
        assertThat(back.plus(t, d)).isEqualTo(c.plus(t, d));
        assertThat(back.workingTimeBetween(t, t.plus(d))).isEqualTo(c.workingTimeBetween(t, t.plus(d)));
    }
}

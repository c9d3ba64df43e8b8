package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SlicesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // 2026-01-01 is a Thursday, so it belongs to ISO week 2026-W01, which starts on Monday
    // 2025-12-29 (ISO 8601: week 1 is the week containing the year's first Thursday).
    @Test
    void calendarPeriod_isoWeekAcrossYearBoundary() {
        CalendarPeriod week = CalendarPeriod.of(PeriodUnit.ISO_WEEK, LocalDate.of(2026, 1, 1));
        assertThat(week.start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week.label()).isEqualTo("2026-W01");
        assertThat(week.endExclusive()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void calendarPeriod_dependsOnZone() {
        Instant sundayLateUtc = Instant.parse("2026-11-22T23:30:00Z");
        assertThat(CalendarPeriod.of(PeriodUnit.DAY, sundayLateUtc, ZoneOffset.UTC).start())
                .isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(CalendarPeriod.of(PeriodUnit.DAY, sundayLateUtc, SHANGHAI).start())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CalendarPeriod.of(PeriodUnit.ISO_WEEK, sundayLateUtc, ZoneOffset.UTC).label())
                .isEqualTo("2026-W47");
        assertThat(CalendarPeriod.of(PeriodUnit.ISO_WEEK, sundayLateUtc, SHANGHAI).label())
                .isEqualTo("2026-W48");
        assertThat(CalendarPeriod.of(PeriodUnit.MONTH, Instant.parse("2026-11-30T20:00:00Z"),
                SHANGHAI).label()).isEqualTo("2026-12");
    }

    // Labels are machine-readable: ASCII digits whatever the default locale (Thai digits here).
    @Test
    void calendarPeriod_labelIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(String.format("%d", 7)).isNotEqualTo("7");
            assertThat(CalendarPeriod.of(PeriodUnit.ISO_WEEK, LocalDate.of(2026, 1, 1)).label()).isEqualTo("2026-W01");
            assertThat(CalendarPeriod.of(PeriodUnit.MONTH, LocalDate.of(2026, 3, 9)).label()).isEqualTo("2026-03");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void calendarPeriod_invalidStart_isRejected() {
        assertThatThrownBy(() -> new CalendarPeriod(PeriodUnit.ISO_WEEK, LocalDate.of(2026, 11, 24)))
                .hasMessage("start must be a Monday for ISO_WEEK, but was 2026-11-24");
        assertThatThrownBy(() -> new CalendarPeriod(PeriodUnit.MONTH, LocalDate.of(2026, 11, 2)))
                .hasMessage("start must be the first day of a month for MONTH, but was 2026-11-02");
    }

    record ChannelDay(String channel, CalendarPeriod day) {
    }

    @Test
    void slices_groupByCompositeKey() {
        Slices<ChannelDay, NpsAccumulator> slices =
                Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
        CalendarPeriod day = CalendarPeriod.of(PeriodUnit.DAY, LocalDate.of(2026, 11, 23));
        slices.slice(new ChannelDay("app", day)).add(10);
        slices.slice(new ChannelDay("app", day)).add(3);
        slices.slice(new ChannelDay("phone", day)).add(9);
        assertThat(slices.asMap()).hasSize(2);
        assertThat(slices.find(new ChannelDay("app", day))).contains(NpsAccumulator.of(1, 0, 1));
        assertThat(slices.find(new ChannelDay("web", day))).isEmpty();
    }

    @Property
    void slices_mergeOfAnySplit_equalsSlicingAll(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 10) Integer> scores,
            @ForAll @IntRange(max = 100) int at) {
        int cut = scores.size() * at / 100;
        Slices<Integer, NpsAccumulator> all = Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
        Slices<Integer, NpsAccumulator> left = Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
        Slices<Integer, NpsAccumulator> right =
                Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
        for (int i = 0; i < scores.size(); i++) {
            int key = i % 3;
            all.slice(key).add(scores.get(i));
            (i < cut ? left : right).slice(key).add(scores.get(i));
        }
        assertThat(right.merge(left).asMap()).containsExactlyInAnyOrderEntriesOf(all.asMap());
    }
}
